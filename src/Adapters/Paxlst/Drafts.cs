using Gateway.Adapters.Edifact;
using Gateway.Schemas.Manifests;

namespace Gateway.Adapters.Paxlst;

/// <summary>A leg while its SG3 places are being read.</summary>
internal sealed class LegDraft(Segment tdt)
{
    internal Segment Tdt { get; } = tdt;
    internal List<(string Qualifier, string Location, List<QualifiedDate> Times)> Points { get; } = [];

    internal Leg Build() => new(Tdt.Value(1) ?? "", Tdt.Value(2), Tdt.Value(5),
        ValueList.Of([.. Points.Select(p => new LegPoint(p.Qualifier, p.Location, ValueList.Of([.. p.Times])))]));
}

/// <summary>A traveller while its SG4/SG5 segments are being read.</summary>
internal sealed class TravellerDraft(Segment nad)
{
    internal string? Sex { get; set; }
    internal MessageDate? BirthDate { get; set; }
    internal string? Nationality { get; set; }
    internal string? CrewFunction { get; set; }
    internal string? Verified { get; set; }
    internal List<QualifiedPlace> Places { get; } = [];
    internal List<Reference> References { get; } = [];
    internal List<DocumentDraft> Documents { get; } = [];
    private int? _bagCount;
    private decimal? _bagWeight;
    private string? _weightUnit;
    private readonly List<BagTag> _tags = [];
    private bool _bags;

    internal void Measure(Segment mea)
    {
        // MEA+CT++:2 (count) and MEA+WT++KGM:20 (weight): C174 is element 3, unit then value.
        string? value = mea.Value(3, 1);
        if (mea.Value(1) == "CT" && int.TryParse(value, out int count)) { _bagCount = count; _bags = true; }
        if (mea.Value(1) == "WT" && decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out decimal weight))
        {
            _bagWeight = weight;
            _weightUnit = mea.Value(3);
            _bags = true;
        }
    }

    internal void BagTag(Segment ftx)
    {
        // FTX+BAG+++<first tag>:<count of consecutive tags>
        if (ftx.Value(4) is not { } first) return;
        _tags.Add(new BagTag(first, int.TryParse(ftx.Value(4, 1), out int n) ? n : 1));
        _bags = true;
    }

    internal Traveller Build()
    {
        var name = nad[4];
        var given = new List<string>();
        // C080: 3036 party name five times (surname, then given names); a sixth component is the name format code.
        for (int i = 1; i < Math.Min(name.Components.Count, 5); i++) if (name.Components[i].Length > 0) given.Add(name.Components[i]);
        var address = nad.Elements.Count >= 5
            ? new Address(nad.Value(5), nad.Value(6), nad.Value(7), nad.Value(8), nad.Value(9))
            : null;
        return new Traveller(
            nad.Value(1) ?? "",
            new PersonName(name.Value ?? "", ValueList.Of([.. given])),
            Sex, BirthDate, Nationality, address,
            ValueList.Of([.. Places]), ValueList.Of([.. References]), CrewFunction, Verified,
            ValueList.Of([.. Documents.Select(d => d.Build())]),
            _bags ? new Baggage(_bagCount, _bagWeight, _weightUnit, ValueList.Of([.. _tags])) : null);
    }
}

/// <summary>A travel document while its SG5 segments are being read.</summary>
internal sealed class DocumentDraft(string type, string number)
{
    internal MessageDate? Expiry { get; set; }
    internal MessageDate? Issued { get; set; }
    internal List<QualifiedPlace> Places { get; } = [];

    internal TravelDocument Build()
    {
        string? issuer = null;
        foreach (var p in Places) if (p.Qualifier == LocationQualifiers.DocumentIssue) { issuer = p.Code; break; }
        return new TravelDocument(type, number, Expiry, Issued, issuer);
    }
}
