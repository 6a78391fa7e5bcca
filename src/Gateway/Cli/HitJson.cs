using System.Text;
using System.Text.Json;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;

namespace Gateway.Cli;

/// <summary>Writes one answer line: {"id":…,"hits":[{"ref","list","score","band","why"}]}.</summary>
internal static class HitJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(string id, IReadOnlyList<Hit> hits)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteStartArray("hits");
            foreach (var h in hits)
            {
                w.WriteStartObject();
                w.WriteString("ref", h.Reference);
                w.WriteString("list", h.List);
                w.WriteNumber("score", Math.Round(h.Score, 4));
                w.WriteString("band", Band(h.Band));
                w.WritePropertyName("why");
                Why(w, h);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Band(Band b) => b switch
    {
        Screening.Scoring.Band.Hold => "hold",
        Screening.Scoring.Band.Review => "review",
        Screening.Scoring.Band.Secondary => "secondary",
        _ => "none",
    };

    private static void Why(Utf8JsonWriter w, Hit h)
    {
        var e = h.Why;
        w.WriteStartObject();
        w.WriteString("kind", h.Kind.Code());
        w.WriteString("consequence", h.Consequence.ToString());
        w.WriteString("matchedName", e.MatchedName);
        w.WriteNumber("nameScore", e.NameScore);
        w.WriteStartArray("parts");
        foreach (var p in e.Aligned)
        {
            w.WriteStartObject();
            w.WriteString("query", p.Query);
            w.WriteString("list", p.List);
            w.WriteNumber("similarity", p.Similarity);
            w.WriteString("how", p.How.ToString().ToLowerInvariant());
            w.WriteNumber("weight", p.Weight);
            if (p.FamilyName) w.WriteBoolean("familyName", true);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Strings(w, "unmatchedQuery", e.UnmatchedQuery);
        Strings(w, "unmatchedList", e.UnmatchedList);
        w.WriteStartArray("adjustments");
        foreach (var a in e.Adjustments)
        {
            w.WriteStartObject();
            w.WriteString("reason", a.Reason);
            w.WriteNumber("delta", Math.Round(a.Delta, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (e.Document is not null) w.WriteString("document", e.Document);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
