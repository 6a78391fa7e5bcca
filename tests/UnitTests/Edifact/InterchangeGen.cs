using FsCheck;
using FsCheck.Fluent;
using Gateway.Adapters.Edifact;

namespace Gateway.UnitTests.Edifact;

/// <summary>Generates arbitrary interchanges: any delimiters, syntax-4 repetitions, groups or bare messages, data full of service characters.</summary>
internal static class InterchangeGen
{
    private const string Data = "ABCXYZ019 :+'?*|~!^#.,-/\"";

    private static Gen<string> Value => Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(Data.ToCharArray()), n)).Select(c => new string(c));

    private static Gen<ValueList<string>> Components =>
        Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Value, n)).Select(c => DataElement.Trim(c));

    private static Gen<DataElement> Element(bool repetitions) =>
        from first in Components
        from more in repetitions ? Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Components.Where(c => c.Count > 0), n)) : Gen.Constant(Array.Empty<ValueList<string>>())
        select first.Count == 0 && more.Length == 0 ? DataElement.Empty : new DataElement(first, new ValueList<ValueList<string>>(more));

    private static Gen<Segment> Segment(bool repetitions) =>
        from tag in Gen.Elements("BGM", "NAD", "DOC", "FTX", "LOC", "RFF", "A1Z")
        from elements in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Element(repetitions), n))
        select Gateway.Adapters.Edifact.Segment.Of(tag, elements);

    private static Gen<EdifactMessage> Message(int index, bool repetitions) =>
        Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Segment(repetitions), n)).Select(body =>
            new EdifactMessage(Gateway.Adapters.Edifact.Segment.Of("UNH", DataElement.Of("M" + index), DataElement.Of("PAXLST", "D", "05B", "UN")),
                new ValueList<Segment>(body)));

    internal static Gen<Interchange> Interchange =>
        from chars in Gen.Shuffle("|*~!^#:+'?".ToCharArray())
        from syntax4 in Gen.Elements(true, false)
        from grouped in Gen.Elements(true, false)
        from count in Gen.Choose(1, 3)
        from messages in Gen.CollectToArray(Enumerable.Range(1, count), i => Message(i, syntax4))
        let d = new Delimiters(chars[0], chars[1], '.', chars[2], syntax4 ? chars[3] : null, chars[4])
        let unb = Gateway.Adapters.Edifact.Segment.Of("UNB", DataElement.Of("UNOB", syntax4 ? "4" : "3"), DataElement.Of("SENDER"),
            DataElement.Of("RECIPIENT"), DataElement.Of("261122", "0915"), DataElement.Of("REF1"))
        select grouped
            ? new Interchange(d, unb, ValueList.Of(new FunctionalGroup(
                Gateway.Adapters.Edifact.Segment.Of("UNG", DataElement.Of("PAXLST"), DataElement.Of("A"), DataElement.Of("B"), DataElement.Of("261122", "0915"), DataElement.Of("G1")),
                new ValueList<EdifactMessage>(messages))), ValueList<EdifactMessage>.Empty)
            : new Interchange(d, unb, ValueList<FunctionalGroup>.Empty, new ValueList<EdifactMessage>(messages));
}
