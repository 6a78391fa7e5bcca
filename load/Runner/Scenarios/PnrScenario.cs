using Gateway.Runner.Data;
using Gateway.Runner.Engine;

namespace Gateway.Runner.Scenarios;

/// <summary>PNRGOV pushes (<c>POST /api/v1/pnr</c>): one flight's 20 bookings of 1–4 travellers each.</summary>
public sealed class PnrScenario(ScenarioContext context, int bookings = 20) : IScenario
{
    /// <inheritdoc />
    public string Name => "pnr";

    /// <inheritdoc />
    public Task<Exchange> SendAsync(long index, CancellationToken cancel)
    {
        var rng = context.People.For(index);
        var groups = new List<IReadOnlyList<ListTraveller>>(bookings);
        for (int b = 0; b < bookings; b++) groups.Add(context.Travellers(rng, (index * bookings) + b, 1 + rng.Next(4)));
        string journey = context.Carrier + (5000 + (index % 4000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var spec = new ListSpec("passengers", "air", context.Carrier, journey, context.Departure(index), "SIN", "ICN", context.Reference("P", index));
        string text = PnrgovPushes.Write(spec, groups, context.Reference("P", index)[^Math.Min(14, context.Reference("P", index).Length)..], DateTime.UtcNow);
        return context.PostAsync("/api/v1/pnr", ScenarioContext.Edifact(text), Receipt.PnrPush, "id", [], cancel);
    }
}
