using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Options;
using Gateway.Schemas.Manifests;
using Gateway.Screening;
using Gateway.Screening.Model;

namespace Gateway.Officers;

/// <summary>
/// Turns the hits the pipeline and the interactive check make into reviewable records, written in the same batch as the
/// traveller's decision (so a hit exists exactly when the decision it caused does), and tells the open streams once committed.
/// </summary>
public sealed class HitRecorder(WatchListHost lists, HitStream stream, OfficerOptions options)
{
    // Each loaded list's entries by reference, built once per list snapshot (a million-entry list must not be scanned
    // for every hit: that scan was the interactive check's main cost against the 1M list).
    private static readonly ConditionalWeakTable<WatchList, Dictionary<string, ListEntry>> ByReference = new();

    /// <summary>Adds a record per hit to the batch; returns their ids, in the order of <paramref name="hits"/>.</summary>
    public IReadOnlyList<string> Add(WriteBatch batch, string carrier, string reportId, string flightKey, Traveller traveller, int index, IReadOnlyList<Hit> hits,
        DateTimeOffset at, string? submissionId = null)
    {
        if (hits.Count == 0) return [];
        var ids = new string[hits.Count];
        int n = 0;
        // The traveller's data is part of the id: a re-screen of the same data (a redelivery) makes the same hit, an
        // amended traveller a new one, and a reviewed hit is never reset.
        string data = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(traveller, Json.GatewayJsonContext.Default.Traveller)));
        foreach (var h in hits)
        {
            string id = "h_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{reportId}|{index}|{h.List}|{h.Reference}|{data}")))[..24];
            string kind = h.Kind.Code();
            var detail = new HitDetail(id, carrier, reportId, index, flightKey, submissionId, h.List, kind, h.Reference, h.Score,
                HitStatuses.Band(h.Band), HitStatuses.Consequence(h.Consequence), h.Why, Traveller(traveller), Entry(h.List, h.Reference),
                HitStatuses.Open, options.FourEyesKinds.Contains(kind, StringComparer.OrdinalIgnoreCase), ValueList<HitReview>.Empty, at, at);
            batch.Hits.Add(Record(detail));
            ids[n++] = id;
        }
        return ids;
    }

    /// <summary>Tells the open streams about the hits of a committed batch.</summary>
    public void Committed(WriteBatch batch)
    {
        if (batch.Hits.Count > 0) stream.Publish(batch.Hits.Select(h => HitSummary.Of(Detail(h))));
    }

    /// <summary>The stored record of a detail.</summary>
    public static HitRecord Record(HitDetail d) => new(d.Id, d.Carrier, d.ReportId, d.TravellerIndex, d.FlightKey, d.List, d.Kind, d.Band, d.Status,
        d.CreatedAt, d.UpdatedAt, JsonSerializer.Serialize(d, OfficerJsonContext.Default.HitDetail));

    /// <summary>The detail of a stored record.</summary>
    public static HitDetail Detail(HitRecord r) => JsonSerializer.Deserialize(r.Json, OfficerJsonContext.Default.HitDetail)!;

    private static HitTraveller Traveller(Traveller t) => new(t.Name.Surname, t.Name.GivenNames, t.BirthDate?.Text, t.Sex, t.Nationality,
        ValueList.Of([.. t.Documents.Select(d => new HitDocument(d.Type, d.Number, d.IssuingState, d.Expiry?.Text))]), t.Reference("AVF"), t.Reference("ABO"));

    private HitListEntry? Entry(string list, string reference)
    {
        foreach (var l in lists.Screener.Current.Lists)
        {
            if (l.Name != list) continue;
            var entries = ByReference.GetValue(l, w =>
            {
                var byReference = new Dictionary<string, ListEntry>(w.Entries.Count, StringComparer.Ordinal);
                foreach (var entry in w.Entries) byReference.TryAdd(entry.Reference, entry);
                return byReference;
            });
            if (entries.TryGetValue(reference, out var e))
            {
                return new HitListEntry(e.Reference, ValueList.Of([.. e.Names.Select(n => n.Full)]), ValueList.Of([.. e.BirthDates.Select(b => b.ToString())]),
                    e.Sex?.ToString(), ValueList.Of([.. e.Nationalities]),
                    ValueList.Of([.. e.Documents.Select(d => new HitDocument(d.Type, d.Number, d.Country, null))]), e.ListedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Remarks);
            }
        }
        return null;
    }
}
