using System.Globalization;
using System.Text;
using System.Xml;

namespace Gateway.Runner.Report;

/// <summary>
/// A small SVG writer over <see cref="XmlWriter"/> (so the output is well-formed XML whatever the text holds): lines,
/// polylines, rectangles and text, in a self-contained document with no scripts, fonts or links.
/// </summary>
public sealed class SvgWriter : IDisposable
{
    private const string Ns = "http://www.w3.org/2000/svg";
    private readonly StringBuilder _text = new();
    private readonly XmlWriter _xml;
    private bool _closed;

    /// <summary>Starts a document of <paramref name="width"/> × <paramref name="height"/> with a title.</summary>
    public SvgWriter(int width, int height, string title)
    {
        _xml = XmlWriter.Create(_text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true });
        _xml.WriteStartElement("svg", Ns);
        _xml.WriteAttributeString("width", N(width));
        _xml.WriteAttributeString("height", N(height));
        _xml.WriteAttributeString("viewBox", $"0 0 {N(width)} {N(height)}");
        _xml.WriteAttributeString("font-family", "sans-serif");
        _xml.WriteAttributeString("font-size", "12");
        _xml.WriteElementString("title", Ns, title);
        Rect(0, 0, width, height, "#ffffff", null);
    }

    /// <summary>A straight line.</summary>
    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null)
    {
        _xml.WriteStartElement("line", Ns);
        Attr("x1", x1); Attr("y1", y1); Attr("x2", x2); Attr("y2", y2);
        _xml.WriteAttributeString("stroke", stroke);
        Attr("stroke-width", width);
        if (dash is not null) _xml.WriteAttributeString("stroke-dasharray", dash);
        _xml.WriteEndElement();
    }

    /// <summary>A polyline through <paramref name="points"/> (nothing when there are none).</summary>
    public void Polyline(IReadOnlyList<(double X, double Y)> points, string stroke, double width = 1.5)
    {
        if (points.Count == 0) return;
        var text = new StringBuilder(points.Count * 12);
        foreach (var (x, y) in points) text.Append(N(x)).Append(',').Append(N(y)).Append(' ');
        _xml.WriteStartElement("polyline", Ns);
        _xml.WriteAttributeString("points", text.ToString().TrimEnd());
        _xml.WriteAttributeString("fill", "none");
        _xml.WriteAttributeString("stroke", stroke);
        Attr("stroke-width", width);
        _xml.WriteAttributeString("stroke-linejoin", "round");
        _xml.WriteEndElement();
    }

    /// <summary>A rectangle.</summary>
    public void Rect(double x, double y, double width, double height, string fill, string? stroke)
    {
        _xml.WriteStartElement("rect", Ns);
        Attr("x", x); Attr("y", y); Attr("width", Math.Max(0, width)); Attr("height", Math.Max(0, height));
        _xml.WriteAttributeString("fill", fill);
        if (stroke is not null) _xml.WriteAttributeString("stroke", stroke);
        _xml.WriteEndElement();
    }

    /// <summary>Text at a point; <paramref name="anchor"/> is start, middle or end.</summary>
    public void Text(double x, double y, string text, string anchor = "start", double size = 12, string fill = "#222222", double rotate = 0)
    {
        _xml.WriteStartElement("text", Ns);
        Attr("x", x); Attr("y", y);
        _xml.WriteAttributeString("text-anchor", anchor);
        Attr("font-size", size);
        _xml.WriteAttributeString("fill", fill);
        if (rotate != 0) _xml.WriteAttributeString("transform", $"rotate({N(rotate)} {N(x)} {N(y)})");
        _xml.WriteString(text);
        _xml.WriteEndElement();
    }

    /// <summary>The finished document.</summary>
    public override string ToString()
    {
        if (!_closed)
        {
            _xml.WriteEndElement();
            _xml.Flush();
            _closed = true;
        }
        return _text.ToString();
    }

    /// <inheritdoc />
    public void Dispose() => _xml.Dispose();

    private void Attr(string name, double value) => _xml.WriteAttributeString(name, N(value));

    private static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
