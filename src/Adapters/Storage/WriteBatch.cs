namespace Gateway.Adapters.Storage;

/// <summary>
/// Everything one request (or one handled event) writes, committed in one transaction: a submission with its report,
/// travellers, outbox events and feed updates all land together or not at all.
/// </summary>
public sealed class WriteBatch
{
    /// <summary>New submissions.</summary>
    public List<SubmissionRecord> Submissions { get; } = [];
    /// <summary>Reports inserted or replaced.</summary>
    public List<ReportRecord> Reports { get; } = [];
    /// <summary>Traveller statuses inserted or replaced.</summary>
    public List<TravellerRecord> Travellers { get; } = [];
    /// <summary>Feed updates appended (their sequence is assigned by the store).</summary>
    public List<UpdateRecord> Updates { get; } = [];
    /// <summary>Events appended to the outbox (sequence assigned by the store).</summary>
    public List<OutboxRecord> Outbox { get; } = [];
    /// <summary>Documents inserted or replaced.</summary>
    public List<DocumentRecord> Documents { get; } = [];
    /// <summary>Events marked as handled by a consumer.</summary>
    public List<ProcessedMark> Processed { get; } = [];
    /// <summary>Reviewable hits inserted or replaced (a review replaces status and JSON).</summary>
    public List<HitRecord> Hits { get; } = [];

    /// <summary>Whether there is nothing to write.</summary>
    public bool IsEmpty => Submissions.Count + Reports.Count + Travellers.Count + Updates.Count + Outbox.Count + Documents.Count + Processed.Count + Hits.Count == 0;

    /// <summary>Moves another batch's writes into this one (group commit).</summary>
    public void Absorb(WriteBatch other)
    {
        Submissions.AddRange(other.Submissions);
        Reports.AddRange(other.Reports);
        Travellers.AddRange(other.Travellers);
        Updates.AddRange(other.Updates);
        Outbox.AddRange(other.Outbox);
        Documents.AddRange(other.Documents);
        Processed.AddRange(other.Processed);
        Hits.AddRange(other.Hits);
    }
}
