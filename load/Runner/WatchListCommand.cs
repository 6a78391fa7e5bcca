using System.Net.Http.Headers;
using Gateway.Runner.Cli;
using Gateway.Runner.Data;

namespace Gateway.Runner;

/// <summary>
/// <c>watchlist make</c> writes a synthetic native-CSV list (1,000,000 entries by default);
/// <c>watchlist upload</c> replaces a configured list with it through <c>PUT /api/v1/watchlists/{name}</c> (admin key).
/// </summary>
public static class WatchListCommand
{
    /// <summary>Runs <c>watchlist make|upload [--option value]…</c>.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter log)
    {
        if (args.Count == 0 || args[0] is not ("make" or "upload")) throw new ArgumentException("watchlist make --entries N --out FILE | watchlist upload --file FILE [--list NAME] [--url URL] [--admin-key KEY | --keys-from LOG]");
        var options = ArgumentParser.Pairs(args.Skip(1)).ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        string? Get(string name) => options.TryGetValue(name, out var v) ? v : null;
        if (args[0] == "make")
        {
            int entries = int.TryParse(Get("entries") ?? "1000000", out var n) && n > 0 ? n : throw new ArgumentException($"--entries: '{Get("entries")}' is not a positive whole number");
            string output = Get("out") ?? throw new ArgumentException("--out FILE is required");
            int seed = int.TryParse(Get("seed") ?? "1", out var s) ? s : throw new ArgumentException("--seed: not a number");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await using var file = File.Create(output);
            long bytes = WatchListCsv.Write(file, entries, NamePools.Load(NamePools.SharedFolder()), seed);
            log.WriteLine($"wrote {entries:N0} entries ({bytes / (1024.0 * 1024):0.0} MiB) to {output}");
            return 0;
        }
        var url = ArgumentParser.Url(Get("url") ?? "http://127.0.0.1:5000");
        string path = Get("file") ?? throw new ArgumentException("--file FILE is required");
        string key = Keys.Resolve("admin", Get("admin-key"), Get("keys-from"))
            ?? throw new ArgumentException("no admin key: --admin-key, GATEWAY_ADMIN_KEY, or --keys-from the gateway's log");
        var started = DateTime.UtcNow;
        var (status, answer) = await UploadAsync(url, key, Get("list") ?? "synthetic", path, CancellationToken.None);
        log.WriteLine($"{status} after {(DateTime.UtcNow - started).TotalSeconds:0.0} s: {answer}");
        return status is >= 200 and < 300 ? 0 : 1;
    }

    /// <summary>PUTs the file as the named list; returns the status and the start of the answer.</summary>
    public static async Task<(int Status, string Answer)> UploadAsync(Uri url, string adminKey, string list, string path, CancellationToken cancel)
    {
        if (!Loopback.IsLoopback(url)) throw new ArgumentException($"{url.Host} is not a loopback address");
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(15) };
        client.DefaultRequestHeaders.Add("X-Api-Key", adminKey);
        await using var file = File.OpenRead(path);
        using var content = new StreamContent(file, 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await client.PutAsync(new Uri("/api/v1/watchlists/" + Uri.EscapeDataString(list), UriKind.Relative), content, cancel);
        string answer = await response.Content.ReadAsStringAsync(cancel);
        return ((int)response.StatusCode, answer.Length > 400 ? answer[..400] : answer);
    }
}
