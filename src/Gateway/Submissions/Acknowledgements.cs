using Gateway.Adapters.Contrl;
using Gateway.Adapters.Edifact;

namespace Gateway.Submissions;

/// <summary>
/// The CONTRL a carrier gets for an interchange the gateway read: when its UNB asks (0031 = 1 for a report, 2 for
/// receipt only), or always when <paramref name="always"/> (the carrier sent <c>Accept: application/edifact</c> on a
/// list route). The gateway processes deviations it reads past, so each level is acknowledged (action 7) without an
/// error code; a refused interchange gets its rejection with the 400 instead (<see cref="SubmissionParser"/>).
/// </summary>
public static class Acknowledgements
{
    /// <summary>The CONTRL text, or null when none is due (or the body was JSON).</summary>
    public static string? Contrl(EdifactReadResult? read, bool always, TimeProvider clock)
    {
        if (read is null) return null;
        var options = new ContrlOptions { Always = always, Clock = clock };
        return ContrlResponder.Acknowledge(read, options) is { } report ? ContrlWriter.Write(report, options) : null;
    }
}
