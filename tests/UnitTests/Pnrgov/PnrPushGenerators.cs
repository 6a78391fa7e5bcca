using FsCheck;
using FsCheck.Fluent;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Pnr;

namespace Gateway.UnitTests.Pnrgov;

/// <summary>
/// FsCheck generators for PNRGOV pushes the reader can give back exactly: free text includes the service characters so
/// release is exercised, but never C or T (so no text reads as a CTCx contact) nor <c>’</c>; documents are generated as
/// fields and written as the AIRIMP text the reader parses, so the expected record is built independently of the parser.
/// </summary>
internal static class PnrPushGenerators
{
    private const string Upper = "ABDEFGHIJKLMNOPQRSUVWXYZ";
    private const string Digits = "0123456789";
    private const string FreeChars = "ABXYZ019 .-+:'?";

    private static Gen<string> Text(string alphabet, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.Elements(alphabet.ToCharArray()).ArrayOf(n)).Select(cs => new string(cs));

    private static Gen<string> Free => from head in Text(Upper, 1, 1) from tail in Text(FreeChars, 0, 12) select head + tail;

    private static Gen<string?> Opt(Gen<string> gen) => Gen.Frequency((1, Gen.Constant<string?>(null)), (3, gen.Select(v => (string?)v)));

    private static Gen<ValueList<T>> List<T>(Gen<T> item, int max) => Gen.Choose(0, max).SelectMany(n => item.ArrayOf(n)).Select(a => ValueList<T>.Own(a));

    private static Gen<MessageDate> Ddmmyy => from d in Gen.Choose(1, 28) from m in Gen.Choose(1, 12) from y in Gen.Choose(0, 99)
                                              select new MessageDate($"{d:00}{m:00}{y:00}", PnrDateFormats.Ddmmyy);

    private static Gen<MessageDate> Ddmmmyy => from d in Gen.Choose(1, 28) from m in Gen.Elements("JAN", "FEB", "JUL", "DEC") from y in Gen.Choose(0, 99)
                                               select new MessageDate($"{d:00}{m}{y:00}", PnrDateFormats.Ddmmmyy);

    private static Gen<string> Time => from h in Gen.Choose(0, 23) from m in Gen.Choose(0, 59) select $"{h:00}{m:00}";

    private static Gen<PnrDateTime> DateTime => from d in Ddmmyy from t in Opt(Time) select new PnrDateTime(d, t);

    private static Gen<QualifiedPnrDate> Dated(params string[] qualifiers) =>
        from q in Gen.Elements(qualifiers) from v in DateTime select new QualifiedPnrDate(q, v);

    private static Gen<string> Carrier => Text(Upper + Digits, 2, 2);

    private static Gen<RecordLocator> Locator =>
        from c in Carrier from l in Text(Upper + Digits, 6, 6) from type in Opt(Text(Upper, 1, 1)) from created in Gen.OneOf(Gen.Constant<PnrDateTime?>(null), DateTime.Select(d => (PnrDateTime?)d))
        select new RecordLocator(c, l, type, created);

    private static Gen<PnrOrganisation> Organisation =>
        from company in Carrier from location in Opt(Text(Upper, 3, 3)) from agent in Opt(Text(Digits, 8, 8)) from type in Opt(Gen.Elements("A", "T"))
        from country in Opt(Text(Upper, 2, 2)) from sign in Opt(Text(Upper + Digits, 4, 6))
        select new PnrOrganisation(company, location, agent, null, null, null, null, type, country, null, null, sign);

    private static Gen<PnrFreeText> FreeTexts => from type in Gen.Elements("28", "15", "43") from lines in Gen.Choose(1, 3).SelectMany(n => Free.ArrayOf(n))
                                              select new PnrFreeText("4", type, null, null, ValueList<string>.Own(lines));

    private static Gen<PnrAddress> Address => from purpose in Gen.Elements("700", "702") from street in Free from city in Opt(Free) from country in Opt(Text(Upper, 2, 2))
                                              select new PnrAddress(purpose, street, city, null, null, country, null, null);

    private static Gen<SpecialService> PlainSsr(string? reference) =>
        from code in Gen.Elements("AVML", "WCHR", "SEAT", "VGML") from carrier in Carrier from text in Opt(Free)
        select new SpecialService(code, "HK", "1", carrier, null, null, text,
            reference is null ? ValueList<SsrDetail>.Empty : ValueList.Of(new SsrDetail(null, null, reference)));

    private static Gen<PnrSegment> Raw(params string[] tags) =>
        from tag in Gen.Elements(tags)
        from elements in Gen.Choose(1, 3).SelectMany(n => Gen.Choose(1, 3).SelectMany(c => Free.ArrayOf(c)).Select(ValueList<string>.Own).ArrayOf(n))
        select new PnrSegment(tag, ValueList<ValueList<string>>.Own(elements));

    private static string Field(string? s) => s ?? "";

    private static Gen<List<T>> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Constant(new List<T>()), (acc, g) => acc.SelectMany(list => g.Select(item => new List<T>(list) { item })));

    private static Gen<PnrDocument> Document(string reference, string source, string numberPrefix) =>
        from type in Opt(Gen.Elements("P", "I")) from issuer in Opt(Text(Upper, 3, 3)) from number in Text(Upper + Digits, 5, 9)
        from nationality in Opt(Text(Upper, 3, 3)) from birth in Gen.OneOf(Gen.Constant<MessageDate?>(null), Ddmmmyy.Select(d => (MessageDate?)d))
        from gender in Opt(Gen.Elements("M", "F", "U")) from expiry in Gen.OneOf(Gen.Constant<MessageDate?>(null), Ddmmmyy.Select(d => (MessageDate?)d))
        from surname in Text(Upper, 2, 10) from given in Opt(Text(Upper, 2, 8)) from middle in Opt(Text(Upper, 2, 8))
        let text = "/" + string.Join('/', Field(type), Field(issuer), numberPrefix + number, Field(nationality), Field(birth?.Text), Field(gender),
            Field(expiry?.Text), surname, Field(given), Field(middle))
        select new PnrDocument(type, issuer, numberPrefix + number, nationality, birth, gender, expiry, surname, given, middle, reference, source, text);

    private static Gen<PnrVisa> Visa(string reference) =>
        from birthPlace in Opt(Text(Upper, 3, 8)) from number in Text(Upper + Digits, 5, 9) from state in Text(Upper, 3, 3) from issued in Ddmmmyy
        let text = $"/{Field(birthPlace)}/V/{number}/{state}/{issued.Text}/KOR"
        select new PnrVisa(birthPlace, "V", number, state, issued, "KOR", reference, DocumentSources.Traveller, text);

    private static SpecialService DocSsr(string code, string text, string reference) =>
        new(code, "HK", "1", "KE", null, null, text, ValueList.Of(new SsrDetail(null, null, reference)));

    private static Gen<Ticket> Ticket =>
        from number in Opt(Text(Digits, 13, 13)) from amounts in List(from q in Gen.Elements("B", "T") from a in Text(Digits, 1, 5) select new MonetaryAmount(q, a + ".00", "KRW"), 2)
        from taxes in List(from a in Text(Digits, 1, 4) from code in Text(Upper, 2, 2) select new Tax(a, "KRW", code), 3)
        from dates in List(Dated("710"), 1) from pricing in List(Raw("PTK"), 1)
        from payments in List(from type in Gen.Elements("CC", "CA") from amount in Opt(Text(Digits, 1, 5)) from texts in List(FreeTexts, 1) from addresses in List(Address, 1)
                              select new Payment(type, null, amount, type == "CC" ? "VI" : null, type == "CC" ? "XXXXXXXXXXXX1234" : null, null, texts, addresses), 2)
        select new Ticket(number, "T", null, amounts, pricing, taxes, dates, payments);

    private static Gen<PnrTraveller> Traveller(int index, bool infant) =>
        from surname in Text(Upper, 2, 12) from given in Opt(Free) from uid in Opt(Text(Digits + Upper, 6, 12))
        let reference = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
        let name = new TravellerName(surname, null, given, infant ? PassengerTypes.Infant : PassengerTypes.Adult, reference, null)
        from flyers in List(from c in Carrier from n in Text(Digits, 6, 10) from tier in Opt(Text(Upper, 3, 5)) select new FrequentFlyer(c, n, tier), 1)
        from texts in List(FreeTexts, 2) from mobile in Opt(Text(Digits, 7, 12))
        from fares in List(Raw("FAR"), 1) from ebd in List(Raw("EBD"), 1)
        from ssrs in List(PlainSsr(reference), 2)
        from doc in Gen.OneOf(Gen.Constant<PnrDocument?>(null), Document(reference, DocumentSources.Traveller, "").Select(d => (PnrDocument?)d))
        from visa in Gen.OneOf(Gen.Constant<PnrVisa?>(null), Visa(reference).Select(v => (PnrVisa?)v))
        from addresses in List(Address, 1) from tickets in List(Ticket, 2)
        let allTexts = mobile is null ? texts : ValueList<PnrFreeText>.Own([.. texts, new PnrFreeText("4", "28", null, null, ValueList.Of("CTCM " + mobile))])
        let services = ValueList<SpecialService>.Own([.. ssrs, .. doc is null ? [] : new[] { DocSsr("DOCS", doc.FreeText, reference) },
                                                      .. visa is null ? [] : new[] { DocSsr("DOCO", visa.FreeText, reference) }])
        select new PnrTraveller(name, uid, flyers, allTexts, ValueList<PnrSegment>.Own([.. fares, .. ebd]), services, addresses, tickets,
            doc is null ? ValueList<PnrDocument>.Empty : ValueList.Of(doc), visa is null ? ValueList<PnrVisa>.Empty : ValueList.Of(visa),
            ValueList<PnrDocumentAddress>.Empty, mobile is null ? ValueList<PnrContact>.Empty : ValueList.Of(new PnrContact("M", mobile, "IFT")));

    private static Gen<CheckedBags> Bags =>
        from count in Gen.Choose(0, 9) from halfKilos in Gen.Choose(0, 200) from unit in Gen.Elements("700", "701") from pool in Opt(Gen.Elements("HP", "MP"))
        from tags in List(from c in Carrier from tag in Text(Digits, 10, 10) from n in Opt(Text(Digits, 1, 1)) from dest in Opt(Text(Upper, 3, 3))
                          select new BagTagRange(c, tag, n, dest, null), 2)
        select new CheckedBags(count, halfKilos / 2m, unit, pool, null, tags);

    private static Gen<CheckIn> CheckIns(ValueList<PnrTraveller> travellers) =>
        from date in Dated("2") from agent in Gen.OneOf(Gen.Constant<PnrOrganisation?>(null), Organisation.Select(o => (PnrOrganisation?)o))
        from pax in List(from board in Text(Digits, 1, 3) from seat in Opt(Text(Digits, 1, 2).Select(s => s + "A")) from cabin in Opt(Gen.Elements("Y", "J"))
                         from bags in List(Bags, 2) from i in Gen.Choose(0, Math.Max(0, travellers.Count - 1))
                         let name = travellers.Count == 0 ? null : travellers[i].Name
                         select new CheckedInTraveller(board, name?.ReferenceNumber, name, seat, cabin, bags), 3)
        select new CheckIn(ValueList.Of(date), agent, pax);

    private static Gen<ItineraryLeg> Leg(ValueList<PnrTraveller> travellers) =>
        from departure in DateTime from arrival in DateTime from origin in Text(Upper, 3, 3) from destination in Text(Upper, 3, 3)
        from marketing in Carrier from operating in Opt(Carrier) from flight in Text(Digits, 3, 4) from rbd in Opt(Text(Upper, 1, 1))
        from op in Gen.Frequency((3, Gen.Constant<OperatingFlight?>(null)),
            (1, from c in Carrier from f in Text(Digits, 3, 4) select (OperatingFlight?)new OperatingFlight(c, f, "Y", "TRA")),
            (1, from f in Text(Digits, 3, 4) select (OperatingFlight?)new OperatingFlight(null, f, null, "TVL")))
        from party in Opt(Gen.Choose(1, 9).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))) from status in Opt(Gen.Elements("HK", "KK"))
        from equipment in Opt(Text(Digits, 3, 3)) from ssrs in List(PlainSsr(null), 2) from locators in List(Locator, 1) from texts in List(FreeTexts, 1)
        from checkIns in List(CheckIns(travellers), 2)
        select new ItineraryLeg(new PnrDateTime(departure.Date, departure.Time), arrival, origin, destination, marketing, operating, flight, rbd, op, party, status,
            equipment, ssrs, locators, texts, checkIns);

    private static Gen<Pnr> Pnr =>
        from adults in Gen.Choose(0, 3) from withInfant in Gen.Elements(true, false)
        from travellers in Sequence(Enumerable.Range(0, adults + (withInfant && adults > 0 ? 1 : 0)).Select(i => Traveller(i, i == adults)))
        let people = ValueList<PnrTraveller>.Own([.. travellers])
        from locators in Gen.Choose(1, 3).SelectMany(n => Locator.ArrayOf(n))
        from booker in Gen.Frequency((1, Gen.Constant<PnrOrganisation?>(null)), (3, Organisation.Select(o => (PnrOrganisation?)o)))
        from pnrDoc in Gen.OneOf(Gen.Constant<PnrDocument?>(null), Document("99", DocumentSources.Pnr, "U").Select(d => (PnrDocument?)d))
        from pnrSsrs in List(PlainSsr(null), 2) from dates in List(Dated("700", "710"), 2) from texts in List(FreeTexts, 2) from addresses in List(Address, 2)
        from ebd in List(Raw("EBD"), 1) from legs in List(Leg(people), 3)
        from splits in List(from n in Text(Digits, 1, 1) from l in List(Locator, 2) select new SplitPnr(n, l), 1)
        from nonAir in List(from segments in List(Raw("TVL", "IFT"), 2) select new NonAirService("8", segments), 1)
        from history in List(from credit in Raw("ABI") from d in List(Dated("T"), 1)
                             from actions in List(from a in Gen.Elements("A", "X") from s in List(Raw("TIF", "SSR", "IFT", "TVL", "RPI"), 2) select new HistoryAction(a, s), 2)
                             select new HistoryCredit(credit, d, actions), 2)
        from lines in List(Raw("LTS"), 3)
        let services = pnrDoc is null ? pnrSsrs : ValueList<SpecialService>.Own([.. pnrSsrs, DocSsr("DOCS", pnrDoc.FreeText, "99")])
        select new Pnr(ValueList<RecordLocator>.Own(locators), services, dates, texts, booker, addresses, ebd, people, legs, splits, nonAir, history, lines,
            pnrDoc is null ? ValueList<PnrDocument>.Empty : ValueList.Of(pnrDoc), ValueList<PnrContact>.Empty, ValueList<PnrSegment>.Empty);

    private static Gen<Pnr> Cancellation => from locator in Locator select new Pnr(ValueList.Of(locator), ValueList<SpecialService>.Empty,
        ValueList<QualifiedPnrDate>.Empty, ValueList<PnrFreeText>.Empty, PnrOrganisation.Empty, ValueList<PnrAddress>.Empty, ValueList<PnrSegment>.Empty,
        ValueList<PnrTraveller>.Empty, ValueList<ItineraryLeg>.Empty, ValueList<SplitPnr>.Empty, ValueList<NonAirService>.Empty,
        ValueList<HistoryCredit>.Empty, ValueList<PnrSegment>.Empty, ValueList<PnrDocument>.Empty, ValueList<PnrContact>.Empty, ValueList<PnrSegment>.Empty);

    internal static Gen<PnrPush> Push =>
        from sender in Carrier from recipient in Text(Upper, 3, 8) from reference in Text(Digits, 1, 14) from version in Gen.Elements("10:1", "11:1", "13:1", "15:1")
        from parts in Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Choose(2, 3))) from test in Gen.Elements(true, false)
        from function in Gen.Elements(PushFunctions.Full, PushFunctions.Update)
        from originator in Gen.OneOf(Gen.Constant<PnrOrganisation?>(null), Organisation.Select(o => (PnrOrganisation?)o))
        from departure in DateTime from arrival in DateTime from origin in Text(Upper, 3, 3) from destination in Text(Upper, 3, 3) from carrier in Carrier from flight in Text(Digits, 3, 4)
        from pnrs in List(Gen.Frequency((5, Pnr), (1, Cancellation)), 4)
        let header = new ListHeader(sender, recipient, reference, "M" + reference, "PNRGOV", version, $"{carrier}{flight}/{departure.Date!.Text}", parts, null, test)
        select new PnrPush(header, function, originator, ItineraryLeg.Flight(departure, arrival, origin, destination, carrier, null, flight, null), pnrs.Count, pnrs);
}
