using Gateway.Runner.Data;
using Gateway.Runner.Engine;

namespace Gateway.Runner.Scenarios;

/// <summary>Passenger lists of 300 travellers, one flight each (<c>POST /api/v1/manifests</c>), as PAXLST or JSON.</summary>
public sealed class BatchScenario(ScenarioContext context, bool edifact, int travellers = 300) : IScenario
{
    /// <inheritdoc />
    public string Name => "batch";

    /// <inheritdoc />
    public Task<Exchange> SendAsync(long index, CancellationToken cancel)
    {
        var rng = context.People.For(index);
        var people = context.Travellers(rng, index, travellers, perBooking: 3);
        string journey = context.Carrier + (100 + (index % 900)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // One flight per list: after 900 lists the flight numbers repeat on the next day.
        var spec = new ListSpec("passengers", "air", context.Carrier, journey, context.Departure(index).AddDays(index / 900), "LAX", "ICN",
            context.Reference("B", index));
        var content = edifact
            ? ScenarioContext.Edifact(PaxlstLists.Write(spec, people, DateTime.UtcNow))
            : ScenarioContext.Json(JsonLists.Write(spec, people));
        return context.PostAsync("/api/v1/manifests", content, Receipt.Report, "reportId", [.. people.Select(p => p.PassengerReference)], cancel);
    }
}
