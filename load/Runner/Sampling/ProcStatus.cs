using System.Globalization;

namespace Gateway.Runner.Sampling;

/// <summary>
/// Reads the two figures the runner needs from <c>/proc/PID/status</c>: resident memory (<c>VmRSS:  123456 kB</c>) and
/// the thread count (<c>Threads:  23</c>). Linux only; the gateway's managed heap is not visible from outside, so
/// resident memory stands for it (it includes the heap, the JIT's code and native buffers).
/// </summary>
public static class ProcStatus
{
    /// <summary>Resident memory in KiB and threads, from the lines of a status file.</summary>
    /// <exception cref="FormatException">A field is missing or not a number; the message names the field and the line.</exception>
    public static (long RssKiB, int Threads) Parse(IEnumerable<string> lines)
    {
        long? rss = null;
        int? threads = null;
        int number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Field(line, "VmRSS", "kB", number);
            else if (line.StartsWith("Threads:", StringComparison.Ordinal)) threads = (int)Field(line, "Threads", null, number);
        }
        return (rss ?? throw new FormatException("process status: no VmRSS line (a kernel thread, or not a /proc/PID/status file)"),
            threads ?? throw new FormatException("process status: no Threads line"));
    }

    private static long Field(string line, string name, string? unit, int number)
    {
        var value = line.AsSpan(name.Length + 1).Trim();
        if (unit is not null)
        {
            if (!value.EndsWith(unit, StringComparison.Ordinal)) throw new FormatException($"process status line {number}: {name} is not in {unit}: '{line}'");
            value = value[..^unit.Length].Trim();
        }
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n
            : throw new FormatException($"process status line {number}: {name} is not a number: '{line}'");
    }
}
