namespace Gateway.Runner.Data;

/// <summary>A person on a list with the references the carrier gives them (PNR locator AVF, passenger reference ABO).</summary>
public sealed record ListTraveller(Person Person, string Locator, string PassengerReference, string? CrewFunction = null);

/// <summary>The conveyance and leg of a generated list.</summary>
/// <param name="Kind"><c>passengers</c> or <c>crew</c>.</param>
/// <param name="Mode"><c>air</c> or <c>sea</c>.</param>
/// <param name="Carrier">Two-letter carrier (or the ship operator's code).</param>
/// <param name="JourneyId">Flight number or voyage.</param>
/// <param name="Departure">Local departure time at <paramref name="From"/>.</param>
/// <param name="From">Port of departure.</param>
/// <param name="To">Port of arrival.</param>
/// <param name="TransactionReference">Unique per list.</param>
/// <param name="Vessel">IMO number, name and flag for ships.</param>
public sealed record ListSpec(string Kind, string Mode, string Carrier, string JourneyId, DateTime Departure, string From, string To,
    string TransactionReference, (string Imo, string Name, string Flag)? Vessel = null)
{
    /// <summary>Local arrival time (a fixed block time: the scenarios need plausible, not exact, schedules).</summary>
    public DateTime Arrival => Departure.AddMinutes(Mode == "sea" ? 18 * 60 : 150);
}
