using System.Globalization;
using Gateway.Schemas.Reports;

namespace Gateway.Domain.Validation;

/// <summary>
/// One rule of the catalogue: a stable code, its severity, the article it enforces and its message in English and
/// Korean. Messages are composite format strings; <c>{0}</c>… are filled with the offending values.
/// </summary>
/// <param name="Code">Stable code: <c>D87-2-1-…</c> for Decree 87(2)1, <c>A73-…</c> for Act 73, <c>GW-…</c> for the gateway itself.</param>
/// <param name="Severity">How the finding weighs on the outcome.</param>
/// <param name="Article">The article enforced, cited as in LAW.md: <c>Decree 87(2)1</c>.</param>
/// <param name="English">Message template in English.</param>
/// <param name="Korean">Message template in Korean.</param>
public sealed record Rule(string Code, Severity Severity, string Article, string English, string Korean)
{
    /// <summary>A finding of this rule about the list as a whole or the conveyance.</summary>
    public Finding At(string path, params object?[] args) => Make(path, null, null, args);

    /// <summary>A finding of this rule about one person.</summary>
    public Finding About(int travellerIndex, string? travellerName, string path, params object?[] args) =>
        Make(path, travellerIndex, travellerName, args);

    private Finding Make(string path, int? index, string? name, object?[] args)
    {
        var en = new object?[args.Length];
        var ko = new object?[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is Words w) { en[i] = w.English; ko[i] = w.Korean; }
            else en[i] = ko[i] = Show(args[i]);
        }
        return new Finding(Code, Severity, Article, path, index, name,
            string.Format(CultureInfo.InvariantCulture, English, en),
            string.Format(CultureInfo.InvariantCulture, Korean, ko));
    }

    // Values from the message are shown as sent, but control characters would garble a terminal or a log line.
    private static object? Show(object? value)
    {
        if (value is not string s) return value ?? "";
        if (s.Length > 80) s = s[..80] + "…";
        foreach (char c in s)
        {
            if (char.IsControl(c)) return string.Concat(s.Select(ch => char.IsControl(ch) ? '?' : ch));
        }
        return s;
    }
}
