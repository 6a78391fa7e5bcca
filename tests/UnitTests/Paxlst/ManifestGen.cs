using FsCheck;
using FsCheck.Fluent;
using Gateway.Schemas.Manifests;

namespace Gateway.UnitTests.Paxlst;

/// <summary>
/// Generates manifests in the domain the PAXLST writer can express: every value may hold service characters
/// (<c>' + : ?</c>) and spaces; codes, dates and counts are well-formed or absent.
/// </summary>
internal static class ManifestGen
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '+:?-./";
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Digits = "0123456789";

    private static Gen<string> Text(string alphabet, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), n)).Select(c => new string(c));

    private static Gen<string?> Maybe(Gen<string> gen) => Gen.Frequency((1, Gen.Constant<string?>(null)), (3, gen.Select(s => (string?)s)));

    private static Gen<T?> MaybeRecord<T>(Gen<T> gen) where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<ValueList<T>> List<T>(Gen<T> gen, int max) =>
        Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(gen, n)).Select(a => new ValueList<T>(a));

    private static Gen<MessageDate> Date(int digits, string format) => Text(Digits, digits, digits).Select(t => new MessageDate(t, format));

    private static Gen<TravelDocument> Document =>
        from type in Gen.Elements("P", "V", "I", "AC")
        from number in Text(Alphabet, 1, 12)
        from expiry in MaybeRecord(Date(6, MessageDate.Yymmdd))
        from issued in MaybeRecord(Date(8, MessageDate.Ccyymmdd))
        from state in Maybe(Text(Letters, 3, 3))
        select new TravelDocument(type, number, expiry, issued, state);

    private static Gen<Baggage> Bags =>
        from count in Gen.Choose(0, 9)
        from weight in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (1, Gen.Choose(1, 999).Select(w => (decimal?)(w / 10m))))
        from tags in List(Text(Digits, 10, 10).SelectMany(first => Gen.Choose(1, 4).Select(n => new BagTag(first, n))), 2)
        select new Baggage(count, weight, weight is null ? null : "KGM", tags);

    private static Gen<Traveller> Traveller =>
        from role in Gen.Elements("FL", "FM", "DDU", "DDT")
        from surname in Text(Alphabet, 0, 20)
        from given in List(Text(Alphabet, 1, 12), 3)
        from sex in Maybe(Gen.Elements("M", "F", "X", "U"))
        from dob in MaybeRecord(Date(6, MessageDate.Yymmdd))
        from nationality in Maybe(Text(Letters, 3, 3))
        from address in MaybeRecord(
            from street in Text(Alphabet, 1, 20)
            from city in Maybe(Text(Alphabet, 1, 10))
            from country in Maybe(Text(Letters, 3, 3))
            select new Address(street, city, null, null, country))
        from places in List(
            from q in Gen.Elements("22", "178", "179", "174", "180")
            from code in Text(Letters, 3, 3)
            from name in Maybe(Text(Alphabet, 1, 10))
            select new QualifiedPlace(q, code, name), 3)
        from refs in List(Gen.Elements("AVF", "ABO", "SEA", "CR").SelectMany(q => Text(Alphabet, 0, 10).Select(v => new Reference(q, v))), 3)
        from function in Maybe(Gen.Elements("CR1", "CR2", "MASTER"))
        from verified in Maybe(Gen.Elements("173", "174"))
        from documents in List(Document, 2)
        from bags in MaybeRecord(Bags)
        select new Traveller(role, new PersonName(surname, given), sex, dob, nationality, address, places, refs, function, verified, documents, bags);

    private static Gen<Leg> Leg =>
        from journey in Text(Letters + Digits, 2, 8)
        from carrier in Text(Letters, 2, 3)
        from points in List(
            from q in Gen.Elements("125", "87", "92")
            from location in Gen.OneOf(Text(Letters, 3, 3), Text(Letters, 5, 5))
            from times in List(Gen.Elements("189", "232").SelectMany(q2 => Date(10, MessageDate.YymmddHhmm).Select(d => new QualifiedDate(q2, d))), 2)
            select new LegPoint(q, location, times), 3)
        select new Leg("20", journey, carrier, points);

    internal static Gen<Manifest> Manifest =>
        from sender in Maybe(Text(Letters + Digits, 1, 10))
        from recipient in Maybe(Text(Letters + Digits, 1, 10))
        from interchangeRef in Text(Letters + Digits, 1, 14)
        from messageRef in Text(Letters + Digits, 1, 10)
        from version in Gen.Elements("D:02B", "D:05B", "D:12B", "D:15B")
        from car in Text(Letters + Digits + "/", 1, 20)
        from tn in Maybe(Text(Alphabet, 1, 15))
        from test in Gen.Elements(true, false)
        from code in Gen.Elements("745", "250")
        from function in Maybe(Gen.Elements("CP", "XR", "RP"))
        from party in MaybeRecord(
            from name in Text(Alphabet, 1, 20)
            from contacts in List(Text(Alphabet, 1, 15).SelectMany(n => Gen.Elements("TE", "FX", "EM").Select(c => new Contact(n, c))), 2)
            select new ReportingParty(name, contacts))
        from mode in Gen.Elements(TransportMode.Air, TransportMode.Sea)
        from legs in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Leg, n))
        from vehicleId in Maybe(Text(Digits, 7, 7))
        from vehicleName in Maybe(Text(Alphabet, 1, 15))
        from flag in Maybe(Text(Letters, 3, 3))
        from travellers in List(Traveller, 8)
        from passengers in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 999).Select(n => (int?)n)))
        from crew in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 99).Select(n => (int?)n)))
        select new Manifest(
            new ListHeader(sender, recipient, interchangeRef, messageRef, "PAXLST", version, car, 1, tn, test),
            code, function, party,
            new Conveyance(mode, legs[0].Carrier, legs[0].JourneyId, vehicleId, vehicleName, flag, legs),
            travellers, new DeclaredTotals(passengers, crew));
}
