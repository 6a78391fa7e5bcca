using System.Globalization;

namespace Gateway.Runner.Report;

/// <summary>One line of a chart.</summary>
public sealed record Series(string Name, string Color, IReadOnlyList<(double X, double Y)> Points);

/// <summary>
/// A line chart as a self-contained SVG: axes with round ticks, optional logarithmic y, optional custom x tick labels
/// (the percentile chart places its x values on a 1/(1-p) scale), a legend and a horizontal reference line.
/// </summary>
public sealed record LineChart(string Title, string XLabel, string YLabel, IReadOnlyList<Series> Series)
{
    private const int Width = 760, Height = 380, Left = 70, Right = 20, Top = 40, Bottom = 50;

    /// <summary>Custom x ticks (value, label); null for round ticks.</summary>
    public IReadOnlyList<(double Value, string Label)>? XTicks { get; init; }

    /// <summary>A dashed horizontal line (e.g. the 20 ms aim) with its label.</summary>
    public (double Y, string Label)? Reference { get; init; }

    /// <summary>A logarithmic y axis (powers of ten), for values spanning orders of magnitude (a rate sweep past saturation).</summary>
    public bool LogY { get; init; }

    /// <summary>A shaded x range with its label (the warm-up).</summary>
    public (double From, double To, string Label)? Shade { get; init; }

    /// <summary>The SVG document.</summary>
    public string ToSvg()
    {
        using var svg = new SvgWriter(Width, Height, Title);
        svg.Text(Width / 2.0, 22, Title, "middle", 15);
        var all = Series.SelectMany(s => s.Points).ToList();
        double xMin = all.Count > 0 ? all.Min(p => p.X) : 0, xMax = all.Count > 0 ? all.Max(p => p.X) : 1;
        if (XTicks is { Count: > 0 } xt) { xMin = Math.Min(xMin, xt.Min(t => t.Value)); xMax = Math.Max(xMax, xt.Max(t => t.Value)); }
        double yMax = all.Count > 0 ? all.Max(p => p.Y) : 1;
        if (Reference is { } r) yMax = Math.Max(yMax, r.Y * 1.1);
        if (xMax <= xMin) xMax = xMin + 1;
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom;
        double X(double x) => Left + ((x - xMin) / (xMax - xMin) * plotW);
        List<double> yTicks;
        Func<double, double> Y;
        if (LogY)
        {
            double positive = all.Where(p => p.Y > 0).Select(p => p.Y).DefaultIfEmpty(1).Min();
            double low = Math.Floor(Math.Log10(positive)), high = Math.Max(low + 1, Math.Ceiling(Math.Log10(Math.Max(yMax, positive))));
            yTicks = [.. Enumerable.Range(0, (int)(high - low) + 1).Select(i => Math.Pow(10, low + i))];
            Y = y => Top + plotH - ((Math.Log10(Math.Max(y, yTicks[0])) - low) / (high - low) * plotH);
        }
        else
        {
            yTicks = NiceTicks(0, yMax <= 0 ? 1 : yMax);
            double top = yTicks[^1];
            Y = y => Top + plotH - (y / top * plotH);
        }

        svg.Rect(Left, Top, plotW, plotH, "#fafafa", "#cccccc");
        if (Shade is { } shade && shade.To > shade.From)
        {
            double from = Math.Max(xMin, shade.From), to = Math.Min(xMax, shade.To);
            svg.Rect(X(from), Top, X(to) - X(from), plotH, "#ececec", null);
            svg.Text(X(from) + 4, Top + plotH - 6, shade.Label, "start", 11, "#777777");
        }
        foreach (var t in yTicks)
        {
            svg.Line(Left, Y(t), Left + plotW, Y(t), "#e4e4e4");
            svg.Text(Left - 6, Y(t) + 4, Format(t), "end", 11);
        }
        var xTicks = XTicks ?? NiceTicks(xMin, xMax).Select(v => (v, Format(v))).ToList();
        foreach (var (v, label) in xTicks)
        {
            if (v < xMin || v > xMax) continue;
            svg.Line(X(v), Top + plotH, X(v), Top + plotH + 4, "#888888");
            svg.Text(X(v), Top + plotH + 17, label, "middle", 11);
        }
        svg.Text(Left + (plotW / 2), Height - 10, XLabel, "middle", 12);
        svg.Text(16, Top + (plotH / 2), YLabel, "middle", 12, rotate: -90);
        if (Reference is { } reference)
        {
            svg.Line(Left, Y(reference.Y), Left + plotW, Y(reference.Y), "#d62728", 1, "6,4");
            svg.Text(Left + plotW - 4, Y(reference.Y) - 4, reference.Label, "end", 11, "#d62728");
        }
        double legendX = Left + 10;
        foreach (var s in Series)
        {
            svg.Polyline([.. s.Points.Select(p => (X(p.X), Y(p.Y)))], s.Color);
            svg.Rect(legendX, Top + 8, 14, 4, s.Color, null);
            svg.Text(legendX + 18, Top + 14, s.Name, "start", 11);
            legendX += 24 + (s.Name.Length * 7);
        }
        if (all.Count == 0) svg.Text(Left + (plotW / 2), Top + (plotH / 2), "no data", "middle", 14, "#888888");
        return svg.ToString();
    }

    /// <summary>Round tick values from <paramref name="min"/> to at least <paramref name="max"/> (about 5 steps of 1, 2 or 5 × 10^n).</summary>
    public static List<double> NiceTicks(double min, double max)
    {
        double span = Math.Max(max - min, 1e-9);
        double raw = span / 5;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = new[] { 1.0, 2.0, 5.0, 10.0 }.Select(m => m * magnitude).First(s => s >= raw);
        var ticks = new List<double>();
        for (double v = Math.Floor(min / step) * step; ticks.Count < 50; v += step)
        {
            ticks.Add(Math.Round(v, 10));
            if (v >= max) break;
        }
        return ticks;
    }

    private static string Format(double v) => Math.Abs(v) >= 1000 ? v.ToString("#,0", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);
}
