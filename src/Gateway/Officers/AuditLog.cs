using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Security;

namespace Gateway.Officers;

/// <summary>
/// The canonical audit entry: a record serialised by the source generator, so its properties always come in the same order
/// with the same formatting; the hash chain covers exactly this text.
/// </summary>
/// <param name="At">When (UTC, ISO 8601).</param>
/// <param name="Officer">Officer id, or <c>system</c>.</param>
/// <param name="Pin">The officer's personal identification number (Decree 85(2)).</param>
/// <param name="Action">What was done.</param>
/// <param name="Target">Which record.</param>
/// <param name="Purpose">The stated purpose (PNR reads).</param>
/// <param name="Detail">Anything else worth keeping (a decision, a purge's counts).</param>
public sealed record AuditEntry(DateTimeOffset At, string Officer, string Pin, string Action, string Target, string? Purpose, string? Detail);

/// <summary>An audit entry as listed: the entry with its place in the chain.</summary>
public sealed record AuditView(long Sequence, AuditEntry Entry, string PreviousHash, string Hash);

/// <summary>A page of the audit log.</summary>
public sealed record AuditPage(long Next, ValueList<AuditView> Entries);

/// <summary>The result of walking the chain.</summary>
public sealed record AuditVerification(bool Intact, long Checked, long? FirstBroken, string? Why);

/// <summary>Writes the audit log (<see cref="AuditStore"/>) in canonical form.</summary>
public sealed class AuditLog(AuditStore store, TimeProvider clock)
{
    /// <summary>Actions.</summary>
    public const string PnrRead = "pnr-read", PnrSearch = "pnr-search", HitReview = "hit-review", RetentionPurge = "retention-purge";

    /// <summary>Appends an entry for an officer.</summary>
    public Task<AuditRecord> RecordAsync(Officer officer, string action, string target, string? purpose, string? detail, CancellationToken cancel) =>
        RecordAsync(officer.Id, officer.Pin, action, target, purpose, detail, cancel);

    /// <summary>Appends an entry.</summary>
    public Task<AuditRecord> RecordAsync(string officer, string pin, string action, string target, string? purpose, string? detail, CancellationToken cancel)
    {
        var at = clock.GetUtcNow();
        var entry = new AuditEntry(at, officer, pin, action, target, purpose, detail);
        return store.AppendAsync(at, officer, action, target, JsonSerializer.Serialize(entry, OfficerJsonContext.Default.AuditEntry), cancel);
    }

    /// <summary>The listed form of a stored entry (the entry text parsed: the columns beside it are only for filtering).</summary>
    public static AuditView View(AuditRecord r)
    {
        AuditEntry entry;
        try
        {
            entry = JsonSerializer.Deserialize(r.Entry, OfficerJsonContext.Default.AuditEntry)!;
        }
        catch (JsonException)
        {
            entry = new AuditEntry(r.At, r.Officer, "", r.Action, r.Target, null, "unreadable entry: " + r.Entry);
        }
        return new AuditView(r.Sequence, entry, r.PreviousHash, r.Hash);
    }
}
