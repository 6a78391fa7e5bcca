using System.Xml;
using System.Xml.Linq;

namespace Gateway.Screening.Import;

/// Shared XML plumbing: load with line numbers, turn syntax errors into line-accurate list errors.
internal static class XmlLists
{
    public static XDocument Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new ListFormatException(path, e.LineNumber, "XML syntax: " + e.Message);
        }
        catch (IOException e)
        {
            throw new ListFormatException(path, 0, "cannot read the file: " + e.Message);
        }
    }

    public static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public static string? Text(XElement parent, XName name)
    {
        var v = parent.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(v) ? null : v;
    }
}
