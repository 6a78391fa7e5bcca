using System.Security.Cryptography;
using System.Text;

namespace Gateway.Adapters.Cusres;

/// <summary>
/// The references the gateway gives its own answers. UNH 0062 is the sender's reference (an..14): the answer's is
/// <c>R</c> and the request's UNH 0062 when that is 1 to 13 upper-case letters and digits (any syntax level carries them), so that a partner sees which message is
/// answered; any other request reference (too long, other characters, none) gives <c>R</c> and the first 13 hex digits of
/// its SHA-256, the same for the same request. Correlation does not rest on it: RFF+TN and UNH 0068 are echoed as sent.
/// </summary>
public static class AnswerReferences
{
    /// <summary>The longest UNH 0062 (an..14).</summary>
    public const int MaxMessageReference = 14;

    /// <summary>The answer's UNH 0062 for a request's UNH 0062.</summary>
    public static string MessageReference(string? requestReference)
    {
        string request = requestReference ?? "";
        if (request.Length is > 0 and < MaxMessageReference && request.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9')) return "R" + request;
        return "R" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request)))[..(MaxMessageReference - 1)];
    }

    /// <summary>
    /// The reference of part <paramref name="part"/> of <paramref name="parts"/> of a split answer: the answer's reference,
    /// cut to leave room, and the part number zero-padded to the width of <paramref name="parts"/> (all parts differ).
    /// </summary>
    public static string PartReference(string reference, int part, int parts)
    {
        ArgumentNullException.ThrowIfNull(reference);
        int width = parts.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        string stem = reference.Length + width > MaxMessageReference ? reference[..(MaxMessageReference - width)] : reference;
        return stem + part.ToString(new string('0', width), System.Globalization.CultureInfo.InvariantCulture);
    }
}
