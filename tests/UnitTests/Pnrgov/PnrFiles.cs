using Gateway.Adapters.Pnrgov;
using Gateway.Schemas.Pnr;

namespace Gateway.UnitTests.Pnrgov;

/// <summary>Reads the crafted PNRGOV files under TestData/Pnrgov and the shared samples.</summary>
internal static class PnrFiles
{
    internal static PnrgovReadResult Crafted(string name) =>
        PnrgovReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Pnrgov", name)));

    internal static PnrgovReadResult Sample(string name) => PnrgovReader.Read(File.ReadAllBytes(SharedPaths.Get("samples", "pnrgov", name)));

    internal static PnrPush Single(this PnrgovReadResult result) => Assert.Single(result.Pushes);

    internal static Pnr Pnr(this PnrPush push, string locator) => push.Pnrs.Single(p => p.RecordLocator == locator);

    internal static PnrTraveller Traveller(this Pnr pnr, string surname, string? given = null) =>
        pnr.Travellers.Single(t => t.Name.Surname == surname && (given is null || t.Name.GivenName == given));
}
