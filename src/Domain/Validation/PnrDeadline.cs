using Gateway.Schemas.Reports;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>
/// A Decree 85(3) PNR deadline: what it runs from, when it falls, whether a delivery met it, and whether data still
/// outstanding is overdue. Pure: the PNR requests (Submissions/PnrRequests) feed it.
/// </summary>
/// <param name="Kind">Which case of 85(3).</param>
/// <param name="From">The request instant (85(3)2) or the scheduled departure (85(3)3).</param>
/// <param name="Deadline">The latest instant the data is due.</param>
/// <param name="Article">The article, cited as in LAW.md.</param>
public sealed record PnrDeadline(PnrRequestKind Kind, DateTimeOffset From, DateTimeOffset Deadline, string Article)
{
    /// <summary>The 30 minutes of both cases.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    /// <summary>85(3)2: due 30 minutes after the officer's request.</summary>
    public static PnrDeadline ForRequest(DateTimeOffset requested) =>
        new(PnrRequestKind.ElectronicTransfer, requested, requested + Window, TimingRules.PnrRequestLate.Article);

    /// <summary>85(3)3: due 30 minutes before the scheduled departure.</summary>
    public static PnrDeadline ForNamedPassengers(DateTimeOffset scheduledDeparture) =>
        new(PnrRequestKind.NamedPassengers, scheduledDeparture, scheduledDeparture - Window, TimingRules.PnrNamedLate.Article);

    /// <summary>Whether data delivered at the instant met the deadline (on the deadline itself counts as met).</summary>
    public bool IsMet(DateTimeOffset delivered) => delivered <= Deadline;

    /// <summary>The finding for a late delivery, or null when it was on time.</summary>
    public Finding? Judge(DateTimeOffset delivered)
    {
        if (IsMet(delivered)) return null;
        var rule = Kind == PnrRequestKind.ElectronicTransfer ? TimingRules.PnrRequestLate : TimingRules.PnrNamedLate;
        return rule.At("pnr", ItineraryReader.Show(delivered), ItineraryReader.Show(From), ItineraryReader.Show(Deadline));
    }

    /// <summary>The finding for data still not delivered at <paramref name="now"/>, or null while the deadline has not passed.</summary>
    public Finding? Overdue(DateTimeOffset now)
    {
        if (IsMet(now)) return null;
        var rule = Kind == PnrRequestKind.ElectronicTransfer ? TimingRules.PnrRequestOverdue : TimingRules.PnrNamedOverdue;
        return rule.At("pnr", ItineraryReader.Show(now), ItineraryReader.Show(From), ItineraryReader.Show(Deadline));
    }
}
