using System.Text;
using System.Text.Json;
using Gateway.Adapters.Paxlst;
using Gateway.Adapters.Pnrgov;
using Gateway.Json;
using Gateway.Runner.Data;
using Gateway.Schemas.Reports;
using Gateway.Screening.Import;
using Gateway.Screening.Model;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Load;

/// <summary>What the runner sends must be what a carrier would send: valid lists, readable PAXLST and PNRGOV.</summary>
public sealed class GeneratedTrafficTests
{
    private static readonly DateTime Departure = new(2026, 11, 24, 11, 30, 0);

    private static List<ListTraveller> People(int count, bool crew = false)
    {
        var generator = new PeopleGenerator(NamePools.BuiltIn, null, 0, 1);
        var rng = generator.For(7);
        return [.. Enumerable.Range(0, count).Select(i => new ListTraveller(generator.Next(rng, 7, i, out _), "LOC" + (i / 3), "R7-" + i, crew ? "OFFICER" : null))];
    }

    [Fact]
    public void A_generated_json_passenger_list_maps_and_passes_the_decree_checks()
    {
        var spec = new ListSpec("passengers", "air", "KE", "KE1234", Departure, "NRT", "ICN", "T1");
        var people = People(9);
        var document = JsonSerializer.Deserialize(JsonLists.Write(spec, people), GatewayJsonContext.Default.ManifestDocument)!;
        var manifest = ManifestDocumentMapper.ToManifest(document, "KE");
        Assert.Equal(9, manifest.Travellers.Count);
        Assert.Equal("R7-4", manifest.Travellers[4].Reference("ABO"));
        var report = ReportValidator.Validate(manifest, ValidationContext.At(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
        Assert.True(report.Outcome is ReportOutcome.Accepted or ReportOutcome.AcceptedWithWarnings,
            string.Join("; ", report.Findings.Select(f => f.Code + " " + f.Message)));
    }

    [Fact]
    public void A_generated_crew_list_is_a_ships_crew_list_with_its_vessel()
    {
        var spec = new ListSpec("crew", "sea", "KE", "V00010001", Departure, "CNSHA", "KRPUS", "C1", ("IMO9000001", "PACIFIC STAR", "PAN"));
        var document = JsonSerializer.Deserialize(JsonLists.Write(spec, People(20, crew: true)), GatewayJsonContext.Default.ManifestDocument)!;
        var manifest = ManifestDocumentMapper.ToManifest(document, "KE");
        Assert.Equal(("IMO9000001", 20), (manifest.Conveyance.VehicleId, manifest.Travellers.Count));
        Assert.All(manifest.Travellers, t => Assert.True(t.IsCrew));
    }

    [Fact]
    public void A_generated_paxlst_list_reads_back_with_every_traveller_and_reference()
    {
        var spec = new ListSpec("passengers", "air", "KE", "KE0702", Departure, "LAX", "ICN", "B00010001");
        var text = PaxlstLists.Write(spec, People(300), new DateTime(2026, 11, 22, 9, 0, 0));
        var read = PaxlstReader.Read(Encoding.UTF8.GetBytes(text));
        var manifest = Assert.Single(read.Manifests);
        Assert.Equal(300, manifest.Travellers.Count);
        Assert.Equal("R7-299", manifest.Travellers[299].Reference("ABO"));
    }

    [Fact]
    public void A_generated_pnrgov_push_reads_back_with_its_bookings_and_travellers()
    {
        var spec = new ListSpec("passengers", "air", "KE", "KE5001", Departure, "SIN", "ICN", "P1");
        var people = People(6);
        var bookings = new List<IReadOnlyList<ListTraveller>> { people[..2], people[2..3], people[3..] };
        var read = PnrgovReader.Read(Encoding.UTF8.GetBytes(PnrgovPushes.Write(spec, bookings, "P00010001", new DateTime(2026, 11, 22, 9, 0, 0))));
        var push = Assert.Single(read.Pushes);
        Assert.Equal(3, push.Pnrs.Count);
        Assert.Equal(6, push.Pnrs.Sum(p => p.Travellers.Count));
        Assert.DoesNotContain(read.Notes, n => n.ToString().Contains("error", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_synthetic_watch_list_loads_in_the_native_importer_and_its_people_can_be_drawn()
    {
        string path = Path.Combine(Path.GetTempPath(), "runner-list-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            using (var file = File.Create(path)) WatchListCsv.Write(file, 2_000, NamePools.BuiltIn, seed: 5);
            var list = NativeCsvImporter.Load(path, ListKind.Wanted);
            Assert.Equal(2_000, list.Entries.Count);
            var listed = ListedPeople.Load(path, sample: 500);
            Assert.Equal(500, listed.Count);
            var names = list.Entries.Select(e => e.Names[0].Full.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
            var someone = listed.Pick(new Random(1));
            Assert.Contains(string.Join(' ', someone.Given) + " " + someone.Surname, names);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_share_of_travellers_is_drawn_from_the_list_and_the_rest_are_not()
    {
        string path = Path.Combine(Path.GetTempPath(), "runner-list-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            using (var file = File.Create(path)) WatchListCsv.Write(file, 1_000, NamePools.BuiltIn);
            var generator = new PeopleGenerator(NamePools.BuiltIn, ListedPeople.Load(path), 0.2, 3);
            int listed = 0;
            for (int i = 0; i < 5_000; i++)
            {
                generator.Next(generator.For(i), i, 0, out bool isListed);
                if (isListed) listed++;
            }
            Assert.InRange(listed, 850, 1150);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_in_groups_have_one_to_nine_people_mostly_one_or_two()
    {
        var rng = new Random(9);
        var sizes = Enumerable.Range(0, 10_000).Select(_ => PeopleGenerator.GroupSize(rng)).ToList();
        Assert.Equal((1, 9), (sizes.Min(), sizes.Max()));
        Assert.InRange(sizes.Count(s => s <= 2), 6000, 7000);
    }

    [Fact]
    public void The_same_request_index_makes_the_same_travellers()
    {
        var g = new PeopleGenerator(NamePools.BuiltIn, null, 0, 11);
        var (first, again) = (g.Next(g.For(42), 42, 0, out _), g.Next(g.For(42), 42, 0, out _));
        Assert.Equal((first.Surname, string.Join(' ', first.Given), first.Birth, first.Passport), (again.Surname, string.Join(' ', again.Given), again.Birth, again.Passport));
        Assert.NotEqual(g.Next(g.For(42), 42, 0, out _).Passport, g.Next(g.For(43), 43, 0, out _).Passport);
    }
}
