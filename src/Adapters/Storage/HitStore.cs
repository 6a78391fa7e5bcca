using System.Data.Common;
using System.Text;

namespace Gateway.Adapters.Storage;

/// <summary>The officers' hit queue: filtered, paged reads of <c>hits</c> (written through <see cref="WriteBatch.Hits"/>).</summary>
public sealed class HitStore(SqlDialect dialect)
{
    private const string Select = "SELECT id, carrier, report_id, idx, flight_key, list_name, list_kind, band, status, created_at, updated_at, json FROM hits";

    /// <summary>Hits matching the filter, newest first.</summary>
    public Task<IReadOnlyList<HitRecord>> ListAsync(HitFilter filter, int offset, int limit, CancellationToken cancel)
    {
        var (where, parameters) = Where(filter);
        parameters.Add(("limit", limit));
        parameters.Add(("offset", offset));
        return SqlRunner.Query(dialect, Select + where + " ORDER BY created_at DESC, id LIMIT @limit OFFSET @offset", Read, cancel, [.. parameters]);
    }

    /// <summary>How many hits match the filter.</summary>
    public async Task<long> CountAsync(HitFilter filter, CancellationToken cancel)
    {
        var (where, parameters) = Where(filter);
        await using var connection = await dialect.OpenAsync(cancel);
        return await SqlRunner.Scalar(connection, null, "SELECT COUNT(*) FROM hits" + where, cancel, [.. parameters]);
    }

    /// <summary>One hit.</summary>
    public async Task<HitRecord?> GetAsync(string id, CancellationToken cancel) =>
        (await SqlRunner.Query(dialect, Select + " WHERE id = @id", Read, cancel, ("id", id))) is [var one] ? one : null;

    /// <summary>The hits of one traveller.</summary>
    public Task<IReadOnlyList<HitRecord>> ForTravellerAsync(string reportId, int index, CancellationToken cancel) =>
        SqlRunner.Query(dialect, Select + " WHERE report_id = @r AND idx = @i ORDER BY created_at, id", Read, cancel, ("r", reportId), ("i", index));

    /// <summary>The submission (message as received) that last filed the report before <paramref name="before"/>.</summary>
    public async Task<string?> SubmissionOfAsync(string reportId, DateTimeOffset before, CancellationToken cancel) =>
        (await SqlRunner.Query(dialect, "SELECT id FROM submissions WHERE result_id = @r AND received_at <= @t ORDER BY received_at DESC LIMIT 1",
            r => r.GetString(0), cancel, ("r", reportId), ("t", before.ToUnixTimeMilliseconds()))) is [var id] ? id : null;

    private static (string Where, List<(string, object?)> Parameters) Where(HitFilter f)
    {
        var sql = new StringBuilder();
        var parameters = new List<(string, object?)>();
        void Add(string clause, string name, object value)
        {
            sql.Append(sql.Length == 0 ? " WHERE " : " AND ").Append(clause);
            parameters.Add((name, value));
        }
        if (f.Flight is { Length: > 0 } flight)
        {
            if (flight.Contains('/', StringComparison.Ordinal)) Add("flight_key = @flight", "flight", flight);
            else Add("(flight_key = @flight OR flight_key LIKE @flightPrefix)", "flight", flight);
            if (!flight.Contains('/', StringComparison.Ordinal)) parameters.Add(("flightPrefix", flight + "/%"));
        }
        if (f.Date is { Length: > 0 } date) Add("flight_key LIKE @date", "date", "%/" + date);
        if (f.List is { Length: > 0 } list) Add("list_name = @list", "list", list);
        if (f.Band is { Length: > 0 } band) Add("band = @band", "band", band);
        if (f.Status is { Length: > 0 } status) Add("status = @status", "status", status);
        return (sql.ToString(), parameters);
    }

    private static HitRecord Read(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.GetString(5),
        r.GetString(6), r.GetString(7), r.GetString(8), SqlRunner.Time(r.GetInt64(9)), SqlRunner.Time(r.GetInt64(10)), r.GetString(11));
}
