using Gateway.Schemas.Pnr;

namespace Gateway.Adapters.Pnrgov;

/// <summary>
/// Freezes a collected PNR into its record and reads the documents out of the SSRs. Document SSRs (DOCS, DOCO, DOCA)
/// count wherever they were sent: in the traveller's group, at PNR level or on a leg. Each goes to the traveller its
/// reference names (an infant's document, gender MI/FI, goes to the infant even when it references the adult carrying
/// it); without a reference, to the only traveller or the one whose surname matches. A document that fits nobody stays
/// in <see cref="Pnr.UnassignedDocuments"/> (GTAS issue #2082: documents outside the traveller group were lost).
/// </summary>
internal static class PnrAssembler
{
    internal static Pnr Build(PnrBuilder b, PnrNotes notes)
    {
        var travellers = b.Travellers;
        var docs = travellers.Select(_ => new TravellerDocs()).ToArray();
        var unassigned = new List<PnrDocument>();

        for (int i = 0; i < travellers.Count; i++)
        {
            foreach (var ssr in travellers[i].Services) Route(ssr, DocumentSources.Traveller, travellers, docs, unassigned, own: i);
        }
        foreach (var (ssr, at) in b.Services)
        {
            if (Route(ssr, DocumentSources.Pnr, travellers, docs, unassigned, own: -1) == Routed.Unassigned)
                notes.Add("PNR-DOCS-UNASSIGNED", $"SSR {ssr.Code} at PNR level references no traveller of this PNR; kept at PNR level", at);
        }
        foreach (var leg in b.Itinerary)
        {
            foreach (var (ssr, at) in leg.Services)
            {
                if (Route(ssr, DocumentSources.Leg, travellers, docs, unassigned, own: -1) == Routed.Unassigned)
                    notes.Add("PNR-DOCS-UNASSIGNED", $"SSR {ssr.Code} on a leg references no traveller of this PNR; kept at PNR level", at);
            }
        }

        var built = new PnrTraveller[travellers.Count];
        for (int i = 0; i < travellers.Count; i++)
        {
            var t = travellers[i];
            built[i] = new PnrTraveller(t.Name, t.UniqueId, Own(t.FrequentFlyers), Own(t.Texts), Own([.. t.Fares, .. t.ExcessBaggage]),
                Own(t.Services), Own(t.Addresses), Own(t.Tickets.Select(k => k.Build())),
                Own(docs[i].Documents), Own(docs[i].Visas), Own(docs[i].Addresses), Own(Contacts(t.Texts, t.Services, t.Addresses)));
        }

        return new Pnr(Own(b.Locators), Own(b.Services.Select(s => s.Ssr)), Own(b.Dates), Own(b.Texts), b.Booker, Own(b.Addresses),
            Own(b.ExcessBaggage), ValueList<PnrTraveller>.Own(built), Own(b.Itinerary.Select(l => l.Build())), Own(b.Splits.Select(s => s.Build())),
            Own(b.NonAir.Select(n => n.Build())), Own(b.History.Select(h => h.Build())), Own(b.HistoryLines), Own(unassigned),
            Own(Contacts(b.Texts, [], b.Addresses)), Own(b.Other));
    }

    private enum Routed { NotADocument, Assigned, Unassigned }

    private sealed class TravellerDocs
    {
        internal List<PnrDocument> Documents { get; } = [];
        internal List<PnrVisa> Visas { get; } = [];
        internal List<PnrDocumentAddress> Addresses { get; } = [];
    }

    private static Routed Route(SpecialService ssr, string source, List<TravellerBuilder> travellers, TravellerDocs[] docs,
        List<PnrDocument> unassigned, int own)
    {
        if (ssr.Code is not ("DOCS" or "DOCO" or "DOCA") || ssr.FreeText is null) return Routed.NotADocument;
        string? reference = null;
        foreach (var d in ssr.Details) reference ??= d.TravellerReference;
        string text = ssr.FreeText;
        switch (ssr.Code)
        {
            case "DOCS":
                var doc = AirimpText.Document(text, reference, source);
                int at = Owner(travellers, own, reference, doc.IsInfant, doc.Surname);
                if (at < 0) { unassigned.Add(doc); return Routed.Unassigned; }
                if (!docs[at].Documents.Any(d => SameDocument(d, doc))) docs[at].Documents.Add(doc);
                return Routed.Assigned;
            case "DOCO":
                var visa = AirimpText.Visa(text, reference, source);
                int vo = Owner(travellers, own, reference, infant: false, surname: null);
                if (vo < 0) return Routed.Unassigned;
                if (!docs[vo].Visas.Any(v => v with { Source = "", TravellerReference = null } == visa with { Source = "", TravellerReference = null })) docs[vo].Visas.Add(visa);
                return Routed.Assigned;
            default:
                var address = AirimpText.DocumentAddress(text, reference, source);
                int ao = Owner(travellers, own, reference, infant: false, surname: null);
                if (ao < 0) return Routed.Unassigned;
                if (!docs[ao].Addresses.Any(a => a with { Source = "", TravellerReference = null } == address with { Source = "", TravellerReference = null })) docs[ao].Addresses.Add(address);
                return Routed.Assigned;
        }
    }

    /// <summary>Index of the traveller a document belongs to, or -1.</summary>
    private static int Owner(List<TravellerBuilder> travellers, int own, string? reference, bool infant, string? surname)
    {
        int owner = own;
        if (owner < 0 && reference is not null) owner = travellers.FindIndex(t => t.Name.ReferenceNumber == reference);
        if (owner < 0 && reference is null)
        {
            var candidates = Enumerable.Range(0, travellers.Count).Where(i => IsInfant(travellers[i]) == infant).ToList();
            if (candidates.Count == 1) owner = candidates[0];
            else if (surname is not null)
            {
                var named = candidates.Where(i => Squash(travellers[i].Name.Surname) == Squash(surname)).ToList();
                if (named.Count == 1) owner = named[0];
            }
        }
        if (owner < 0 || !infant || IsInfant(travellers[owner])) return owner;
        // An infant's document sent with the adult carrying the infant: it describes the infant.
        var infants = Enumerable.Range(0, travellers.Count).Where(i => IsInfant(travellers[i])).ToList();
        if (infants.Count == 1) return infants[0];
        var sameName = infants.Where(i => surname is not null && Squash(travellers[i].Name.Surname) == Squash(surname)).ToList();
        return sameName.Count == 1 ? sameName[0] : owner;
    }

    private static bool IsInfant(TravellerBuilder t) => t.Name.PassengerType == PassengerTypes.Infant;

    private static string Squash(string s) => s.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private static bool SameDocument(PnrDocument a, PnrDocument b) =>
        a with { Source = "", TravellerReference = null, FreeText = "" } == b with { Source = "", TravellerReference = null, FreeText = "" };

    private static IEnumerable<PnrContact> Contacts(List<FreeText> texts, List<SpecialService> services, List<PnrAddress> addresses)
    {
        foreach (var text in texts)
        {
            foreach (var line in text.Lines)
            {
                if (AirimpText.Contact(line, "IFT") is { } c) yield return c;
            }
        }
        foreach (var ssr in services)
        {
            if (ssr.Code is { Length: 4 } code && code.StartsWith("CTC", StringComparison.Ordinal) && ssr.FreeText is { } value)
            {
                string kind = code[3..];
                yield return new PnrContact(kind, kind == "E" ? AirimpText.DecodeEmail(value) : value, "SSR");
            }
        }
        foreach (var address in addresses)
        {
            if (address.Text is not { } text) continue;
            // The free field holds a phone number more often than not, but some senders shift the postcode into it.
            if (AirimpText.Contact(text, "ADD") is { } contact) yield return contact;
            else if (text.Count(char.IsAsciiDigit) >= 6) yield return new PnrContact("A", text.Trim(), "ADD");
        }
    }

    private static ValueList<T> Own<T>(IEnumerable<T> items) => ValueList<T>.Own([.. items]);
}
