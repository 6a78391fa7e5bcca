using System.Text.RegularExpressions;
using Gateway.Schemas.Pnr;

namespace Gateway.Adapters.Pnrgov;

/// <summary>
/// Reads the AIRIMP free text of SSR DOCS, DOCO and DOCA, and contact details (CTCx) from SSRs, IFT and ADD.
/// Fields are split on <c>/</c>; an empty field is null. Nothing here throws: a malformed text yields nulls and the
/// free text is kept.
/// </summary>
public static partial class AirimpText
{
    /// <summary>SSR DOCS: <c>/type/issuer/number/nationality/DDMMMYY birth/gender/DDMMMYY expiry/surname/given/middle</c>.</summary>
    public static PnrDocument Document(string freeText, string? travellerReference, string source)
    {
        var f = Fields(freeText);
        return new PnrDocument(At(f, 0), At(f, 1), At(f, 2), At(f, 3), Date(At(f, 4)), At(f, 5), Date(At(f, 6)),
            At(f, 7), At(f, 8), At(f, 9), travellerReference, source, freeText);
    }

    /// <summary>SSR DOCO: <c>/place of birth/type/number/place of issue/DDMMMYY issue/applicable State</c>.</summary>
    public static PnrVisa Visa(string freeText, string? travellerReference, string source)
    {
        var f = Fields(freeText);
        return new PnrVisa(At(f, 0), At(f, 1), At(f, 2), At(f, 3), Date(At(f, 4)), At(f, 5), travellerReference, source, freeText);
    }

    /// <summary>SSR DOCA: <c>/type/country/street/city/state/postcode</c>.</summary>
    public static PnrDocumentAddress DocumentAddress(string freeText, string? travellerReference, string source)
    {
        var f = Fields(freeText);
        return new PnrDocumentAddress(At(f, 0), At(f, 1), At(f, 2), At(f, 3), At(f, 4), At(f, 5), travellerReference, source, freeText);
    }

    /// <summary>Contacts in a text line: <c>CTCE name//domain</c>, <c>YY CTCM 123</c>, <c>CTC M 123</c>.</summary>
    public static PnrContact? Contact(string line, string source)
    {
        var m = ContactPattern().Match(line);
        if (!m.Success) return null;
        string kind = m.Groups[1].Value;
        string value = m.Groups[2].Value.Trim();
        return new PnrContact(kind, kind == "E" ? DecodeEmail(value) : value, source);
    }

    /// <summary>AIRIMP e-mail escapes: <c>//</c> is <c>@</c>, <c>..</c> is <c>_</c>, <c>./</c> is <c>-</c>.</summary>
    public static string DecodeEmail(string value) => value.Replace("//", "@", StringComparison.Ordinal)
        .Replace("..", "_", StringComparison.Ordinal).Replace("./", "-", StringComparison.Ordinal);

    private static string[] Fields(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length > 0 && span[0] == '/') span = span[1..];
        return span.ToString().Split('/');
    }

    private static string? At(string[] fields, int i) => i < fields.Length && fields[i].Trim().Length > 0 ? fields[i].Trim() : null;

    private static MessageDate? Date(string? text) => text is null ? null : new MessageDate(text, PnrDateFormats.Ddmmmyy);

    [GeneratedRegex(@"(?:^|\s)CTC ?([A-Z])\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ContactPattern();
}
