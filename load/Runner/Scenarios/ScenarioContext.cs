using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Gateway.Runner.Data;
using Gateway.Runner.Engine;

namespace Gateway.Runner.Scenarios;

/// <summary>
/// What every scenario shares: the HTTP client (carrier key set), the traveller generator, and a run tag that makes
/// every list, reference and flight of this run new, so no request is answered from the resend shortcut and no run
/// amends another run's reports.
/// </summary>
public sealed class ScenarioContext(HttpClient client, PeopleGenerator people, string carrier, int runTag)
{
    /// <summary>The client, with the carrier key.</summary>
    public HttpClient Client => client;

    /// <summary>Traveller generator.</summary>
    public PeopleGenerator People => people;

    /// <summary>The carrier the key belongs to.</summary>
    public string Carrier => carrier;

    /// <summary>Unique per run (0–9999).</summary>
    public int RunTag => runTag;

    /// <summary>People drawn from the watch list so far.</summary>
    public long ListedSent => Interlocked.Read(ref _listedSent);

    /// <summary>Travellers sent so far.</summary>
    public long TravellersSent => Interlocked.Read(ref _travellersSent);

    private long _listedSent;
    private long _travellersSent;

    /// <summary>Departure of flight/voyage number <paramref name="flight"/>: days ahead, spread by run so runs do not share flights.</summary>
    public DateTime Departure(long flight) =>
        DateTime.UtcNow.Date.AddDays(2 + (runTag % 300)).AddMinutes(6 * 60 + (flight % 96 * 10));

    /// <summary>A reference unique to this run and request.</summary>
    public string Reference(string prefix, long index) => prefix + runTag.ToString("D4", CultureInfo.InvariantCulture) + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A PNR locator unique to this run and request (6 characters, letters and digits).</summary>
    public string Locator(long index, int part) => Base36(((long)runTag * 100_000_000L) + (index * 10) + part, 7);

    /// <summary><paramref name="count"/> travellers for request <paramref name="index"/>.</summary>
    public List<ListTraveller> Travellers(Random rng, long index, int count, bool crew = false, int perBooking = 9)
    {
        var list = new List<ListTraveller>(count);
        for (int j = 0; j < count; j++)
        {
            var p = people.Next(rng, index, j, out bool listed);
            if (listed) Interlocked.Increment(ref _listedSent);
            list.Add(new ListTraveller(p, Locator(index, j / perBooking), Reference("R", index) + "-" + j.ToString(CultureInfo.InvariantCulture),
                crew ? CrewFunctions[j % CrewFunctions.Length] : null));
        }
        Interlocked.Add(ref _travellersSent, count);
        return list;
    }

    private static readonly string[] CrewFunctions = ["MASTER", "OFFICER", "ENGINEER", "RATING", "COOK", "STEWARD"];

    /// <summary>Posts <paramref name="body"/> and reads the id at <paramref name="idProperty"/> of a 2xx answer.</summary>
    public async Task<Exchange> PostAsync(string path, HttpContent body, string receiptKind, string idProperty,
        IReadOnlyList<string> references, CancellationToken cancel)
    {
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), body, cancel);
        int status = (int)response.StatusCode;
        if (!ErrorKinds.IsSuccess(status))
        {
            await response.Content.LoadIntoBufferAsync(cancel);
            return new Exchange(status, null);
        }
        await using var stream = await response.Content.ReadAsStreamAsync(cancel);
        using var json = await JsonDocument.ParseAsync(stream, default, cancel);
        string? id = json.RootElement.TryGetProperty(idProperty, out var v) ? v.GetString() : null;
        string? report = json.RootElement.TryGetProperty("reportId", out var r) ? r.GetString() : null;
        // A 2xx without the id it should carry is still acknowledged: reconcile it as a record that cannot be found.
        return new Exchange(status, new Receipt(receiptKind, id ?? "(no " + idProperty + " in the answer)", report, references));
    }

    /// <summary>JSON content.</summary>
    public static HttpContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>EDIFACT content.</summary>
    public static HttpContent Edifact(string body)
    {
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/edifact");
        return content;
    }

    private static string Base36(long value, int width)
    {
        const string digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        Span<char> text = stackalloc char[width];
        for (int i = width - 1; i >= 0; i--)
        {
            text[i] = digits[(int)(value % 36)];
            value /= 36;
        }
        return new string(text);
    }
}
