using Gateway.Runner.Data;
using Gateway.Runner.Engine;

namespace Gateway.Runner.Scenarios;

/// <summary>Ships' crew lists (IMO FAL 5) in the JSON format: 18–40 crew, a vessel with IMO number, name and flag.</summary>
public sealed class CrewScenario(ScenarioContext context) : IScenario
{
    private static readonly (string Name, string Flag)[] Vessels =
        [("PACIFIC STAR", "PAN"), ("HANJIN BUSAN", "KOR"), ("OCEAN GRACE", "LBR"), ("NORDIC SPIRIT", "MHL"), ("SEA DRAGON", "SGP")];

    /// <inheritdoc />
    public string Name => "crew";

    /// <inheritdoc />
    public Task<Exchange> SendAsync(long index, CancellationToken cancel)
    {
        var rng = context.People.For(index);
        var crew = context.Travellers(rng, index, 18 + rng.Next(23), crew: true);
        var vessel = Vessels[(int)(index % Vessels.Length)];
        string imo = "IMO" + (9_000_000 + (index % 999_999)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string voyage = "V" + context.RunTag.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + (index % 100_000).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        var spec = new ListSpec("crew", "sea", context.Carrier, voyage, context.Departure(index), "CNSHA", "KRPUS",
            context.Reference("C", index), (imo, vessel.Name, vessel.Flag));
        return context.PostAsync("/api/v1/manifests", ScenarioContext.Json(JsonLists.Write(spec, crew)), Receipt.Report, "reportId",
            [.. crew.Select(c => c.PassengerReference)], cancel);
    }
}
