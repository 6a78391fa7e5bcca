using Gateway.Schemas.Pnr;

namespace Gateway.Cli;

/// <summary>The human-readable rendering of a PNRGOV push in <c>gateway check</c>.</summary>
internal static class PnrCheckPrinter
{
    public static void Print(PnrPush p, TextWriter o)
    {
        var f = p.Flight;
        string kind = p.MessageFunction switch { PushFunctions.Full => "full push (MSG 22)", PushFunctions.Update => "update push (MSG 141)", null => "push without MSG (read by its content)", _ => "push MSG " + p.MessageFunction };
        o.WriteLine($"  {p.Header.MessageType} {p.Header.Version} {kind}, {p.Header.Parts} part(s), reference {p.Header.CommonAccessReference ?? "-"}");
        o.WriteLine($"  flight: {f.MarketingCarrier}{f.FlightNumber} {f.From} {f.Departure?.Date?.Text} {f.Departure?.Time} -> {f.To} {f.Arrival?.Date?.Text} {f.Arrival?.Time}");
        o.WriteLine($"  PNRs: {p.Pnrs.Count} (EQN declares {p.DeclaredPnrCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}), "
                    + $"travellers: {p.Pnrs.Sum(x => x.Travellers.Count)}");
        foreach (var pnr in p.Pnrs)
        {
            string locators = string.Join(" ", pnr.Locators.Select(l => l.Carrier + "/" + l.Locator));
            if (pnr.IsCancellation)
            {
                o.WriteLine($"    PNR {locators}: cancelled");
                continue;
            }
            string legs = string.Join(" ", pnr.Itinerary.Select(l => $"{l.MarketingCarrier}{l.FlightNumber}{(l.IsCodeShare ? "*" : "")} {l.From}-{l.To}"));
            o.WriteLine($"    PNR {locators}: {pnr.Travellers.Count} traveller(s), itinerary {(legs.Length == 0 ? "-" : legs)}");
            foreach (var t in pnr.Travellers)
            {
                var docs = string.Join("; ", t.Documents.Select(d => $"{d.Type ?? "?"} {d.Number ?? "-"} nat {d.Nationality ?? "-"} born {d.BirthDate?.Text ?? "-"}"));
                o.WriteLine($"      {t.Name.Surname}, {t.Name.GivenName}  type {t.Name.PassengerType ?? "-"}  ref {t.Name.ReferenceNumber ?? "-"}  {docs}");
            }
            foreach (var d in pnr.UnassignedDocuments) o.WriteLine($"      unassigned document {d.Type} {d.Number} (traveller reference {d.TravellerReference ?? "-"})");
        }
    }
}
