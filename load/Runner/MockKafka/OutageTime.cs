using System.Globalization;

namespace Gateway.Runner.MockKafka;

/// <summary>
/// When the brokers go down: <c>--outage-at</c> is a delay from the command's start (<c>40s</c>, <c>2m</c>) or a UTC
/// time of day (<c>09:12:30</c>, today or, if already past, tomorrow), which lets a load run started separately put
/// the outage in its middle.
/// </summary>
public static class OutageTime
{
    /// <summary>The UTC instant <paramref name="value"/> names, seen from <paramref name="now"/>.</summary>
    /// <exception cref="ArgumentException">Neither a duration nor a time of day.</exception>
    public static DateTimeOffset At(string value, DateTimeOffset now)
    {
        if (value.Contains(':', StringComparison.Ordinal))
        {
            if (!TimeOnly.TryParseExact(value, ["HH:mm:ss", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                throw new ArgumentException($"--outage-at: '{value}' is not a UTC time of day like 09:12:30");
            }
            var today = new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime).ToDateTime(time), TimeSpan.Zero);
            return today >= now ? today : today.AddDays(1);
        }
        return now + Cli.ArgumentParser.Duration("outage-at", value, allowZero: true);
    }
}
