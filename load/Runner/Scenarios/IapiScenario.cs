using Gateway.Runner.Data;
using Gateway.Runner.Engine;

namespace Gateway.Runner.Scenarios;

/// <summary>
/// Interactive checks at check-in (<c>POST /api/v1/iapi</c>, JSON): 1–9 passengers per request; consecutive requests
/// fill a flight (by default 60 check-ins, some 150 passengers, per flight) the way check-in desks do.
/// </summary>
public sealed class IapiScenario(ScenarioContext context, int checksPerFlight = 60) : IScenario
{
    /// <inheritdoc />
    public string Name => "iapi";

    /// <inheritdoc />
    public Task<Exchange> SendAsync(long index, CancellationToken cancel)
    {
        var rng = context.People.For(index);
        long flight = index / checksPerFlight;
        var travellers = context.Travellers(rng, index, PeopleGenerator.GroupSize(rng));
        string journey = context.Carrier + (1000 + (flight % 9000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var spec = new ListSpec("passengers", "air", context.Carrier, journey, context.Departure(flight).AddDays(flight / 9000), "NRT", "ICN",
            context.Reference("I", index));
        var body = JsonLists.Write(spec, travellers);
        return context.PostAsync("/api/v1/iapi", ScenarioContext.Json(body), Receipt.Check, "submissionId",
            [.. travellers.Select(t => t.PassengerReference)], cancel);
    }
}
