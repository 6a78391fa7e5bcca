using Gateway.Adapters.Edifact;
using Gateway.Adapters.Pnrgov;

namespace Gateway.UnitTests.Pnrgov;

public sealed class ScratchDump
{
    [SharedFact]
    public void Dump()
    {
        foreach (var file in Directory.GetFiles(SharedPaths.Get("samples", "pnrgov")).Order(StringComparer.Ordinal))
        {
            using var w = new StreamWriter("/tmp/pnrdump/" + Path.GetFileName(file) + ".pnr");
            try
            {
                var r = PnrgovReader.Read(File.ReadAllBytes(file));
                foreach (var n in r.Notes) w.WriteLine("NOTE " + n);
                foreach (var p in r.Pushes)
                {
                    w.WriteLine($"PUSH {p.Header} fn={p.MessageFunction} eqn={p.DeclaredPnrCount} pnrs={p.Pnrs.Count}");
                    w.WriteLine("  FLIGHT " + p.Flight);
                    foreach (var pnr in p.Pnrs)
                    {
                        w.WriteLine($"  PNR {pnr.RecordLocator} loc={pnr.Locators} canc={pnr.IsCancellation}");
                        foreach (var t in pnr.Travellers)
                        {
                            w.WriteLine($"    TRAV {t.Name} uid={t.UniqueId}");
                            foreach (var d in t.Documents) w.WriteLine("      DOC " + d);
                            foreach (var d in t.DocumentAddresses) w.WriteLine("      DOCA " + d);
                            foreach (var d in t.Contacts) w.WriteLine("      CTC " + d);
                            foreach (var k in t.Tickets) w.WriteLine("      TKT " + k.Number + " " + k.Payments);
                        }
                        foreach (var l in pnr.Itinerary)
                        {
                            w.WriteLine($"    LEG {l.From}-{l.To} {l.MarketingCarrier}/{l.OperatingCarrier} {l.FlightNumber} op={l.Operating} cs={l.IsCodeShare} {l.Status} {l.Equipment}");
                            foreach (var c in l.CheckIns) foreach (var t in c.Travellers) w.WriteLine($"      CHK {t.BoardingNumber} {t.TravellerReference} {t.Name?.Surname} {t.Seat} {t.Cabin} {t.Bags}");
                        }
                        foreach (var d in pnr.UnassignedDocuments) w.WriteLine("    UNASSIGNED " + d);
                        foreach (var c in pnr.Contacts) w.WriteLine("    PCTC " + c);
                        w.WriteLine($"    splits={pnr.Splits.Count} nonair={pnr.NonAir.Count} hist={pnr.History.Count} lts={pnr.HistoryLines.Count} other={pnr.Other}");
                    }
                }
            }
            catch (EdifactSyntaxException e) { w.WriteLine("ERROR " + e.Message); }
        }
    }
}
