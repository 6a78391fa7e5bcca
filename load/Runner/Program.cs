namespace Gateway.Runner;

/// <summary>
/// <c>scripts/load SCENARIO [options]</c> runs a scenario against a started gateway on loopback; <c>--rates</c> makes it a
/// sweep; <c>scripts/load watchlist make|upload</c> prepares the 1M-entry list. docs/LOAD.md has the options.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage: scripts/load SCENARIO [--rate N | --rates N,N,…] [--duration 30s] [--warmup 5s] [--url http://127.0.0.1:5000] [options]
               scripts/load watchlist make --entries 1000000 --out FILE
               scripts/load watchlist upload --file FILE [--list synthetic] [--url …] [--admin-key KEY | --keys-from LOG]
               scripts/load kafka-mock [--bootstrap-file load/results/kafka.bootstrap] [--outage-at 40s|HH:MM:SS --outage-for 20s]
               scripts/load redraw FOLDER…   (charts and summary again from results.json / sweep.json)
        scenarios: iapi, batch, crew, pnr, mix, reload, baseline (see docs/LOAD.md)
        """;

    public static async Task<int> Main(string[] args)
    {
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                Console.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }
            if (args[0] == "watchlist") return await WatchListCommand.RunAsync(args[1..], Console.Out);
            if (args[0] == "kafka-mock") return await MockKafka.KafkaMockCommand.RunAsync(args[1..], Console.Out);
            if (args[0] == "redraw")
            {
                foreach (var folder in args[1..]) Console.WriteLine("redrawn from " + Report.ResultFiles.Redraw(folder));
                return args.Length > 1 ? 0 : 2;
            }
            var options = Cli.ArgumentParser.Parse(args);
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
            if (options.Rates.Count > 0)
            {
                await SweepCommand.RunAsync(options with { Baseline = true }, Console.Out, stop.Token);
                return 0;
            }
            var result = await RunCommand.RunAsync(options, Console.Out, stop.Token);
            return result.ErrorCount == 0 && result.Reconciliation is null or { Complete: true } ? 0 : 1;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or DllNotFoundException or IOException or UnauthorizedAccessException or HttpRequestException)
        {
            Console.Error.WriteLine("load: " + e.Message);
            return 2;
        }
    }
}
