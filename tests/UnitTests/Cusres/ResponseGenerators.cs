using FsCheck;
using FsCheck.Fluent;
using Gateway.Schemas;
using Gateway.Schemas.Responses;

namespace Gateway.UnitTests.Cusres;

/// <summary>FsCheck generators for responses that UNOA can carry, service characters included so that release is exercised.</summary>
internal static class ResponseGenerators
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Alnum = Upper + "0123456789";
    // Every UNOA character, including the separators and the release character, which the writer must release.
    private const string UnoaText = Alnum + " .,-()/='+:?!\"%&*;<>";

    internal static Gen<string> Text(string alphabet, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.Elements(alphabet.ToCharArray()).ArrayOf(n)).Select(cs => new string(cs));

    private static Gen<ValueList<T>> List<T>(Gen<T> item, int max) =>
        Gen.Choose(0, max).SelectMany(n => item.ArrayOf(n)).Select(a => ValueList<T>.Own(a));

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static readonly Gen<MessageDate> Date =
        from text in Text("0123456789", 10, 12)
        from format in Gen.Elements("201", "203", "")
        select new MessageDate(text, format);

    private static readonly Gen<ResponseFlight> Flight =
        from number in Text(Alnum, 0, 8)
        from departure in Maybe(Date)
        from arrival in Maybe(Date)
        from origin in Maybe(Text(Upper, 3, 5))
        from destination in Maybe(Text(Upper, 3, 5))
        select new ResponseFlight(number, departure, arrival, origin, destination);

    private static readonly Gen<FreeText> FreeTextGen =
        from qualifier in Gen.Frequency((4, Gen.Constant("AAP")), (1, Text(Upper, 3, 3)))
        from lines in Gen.Choose(1, 5).SelectMany(n => Text(UnoaText, 1, 40).ArrayOf(n))
        select new FreeText(qualifier, ValueList<string>.Own(lines));

    private static readonly Gen<ResponseStatus> Status =
        Gen.OneOf(Gen.Elements("0Z", "1Z", "2Z", "4Z", "0", "1", "118"), Text(Alnum, 1, 8))
            .Select(ResponseCodeTable.Default.Status);

    private static Gen<ResponseReference> Reference(Gen<string> qualifiers) =>
        from qualifier in qualifiers
        from value in Text(UnoaText, 0, 20)
        select new ResponseReference(qualifier, value);

    private static readonly Gen<ResponseEntry> Entry =
        from section in Gen.Frequency((6, Gen.Constant("2")), (2, Gen.Constant("1")), (1, Gen.Constant("3")))
        from references in List(Reference(Gen.OneOf(Gen.Elements("AVF", "ABO", "YZY"), Text(Upper, 1, 3))), 4)
        from statuses in List(Status, 3)
        from texts in List(FreeTextGen, 2)
        select new ResponseEntry(section, references, statuses, texts);

    private static readonly Gen<ResponseHeader> Header =
        from sender in Text(Alnum, 1, 20)
        from recipient in Text(Alnum, 1, 20)
        from interchange in Text(Alnum, 1, 14)
        from message in Text(Alnum, 1, 14)
        from version in Gen.Elements("D:05B", "D:12B", "D:15B")
        from access in Maybe(Text(Alnum + "/", 1, 35))
        from test in Gen.Elements(true, false)
        select new ResponseHeader(sender, recipient, interchange, message, version, access, test);

    /// <summary>Any response the writer accepts: 962, 132 or 312, with flights, entries, texts and references.</summary>
    internal static readonly Gen<BoardingResponse> Response =
        from header in Header
        from code in Gen.Elements("962", "132", "312")
        from transaction in Maybe(Text(UnoaText, 0, 35))
        // Other SG3 references never use TN or AF: those open the transaction and flight groups.
        from others in List(Reference(Gen.Elements("ABO", "AGY", "ACW")), 2)
        from flights in List(Flight, 3)
        from entries in List(Entry, 6)
        from texts in List(FreeTextGen, 2)
        select new BoardingResponse(header, code, transaction, flights, entries, texts, others);
}
