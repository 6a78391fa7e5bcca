namespace Gateway.Screening.Index;

/// Document numbers compared as upper-case letters and digits only ("AB-12 345" = "AB12345").
internal static class DocumentKey
{
    public static string Number(string number)
    {
        Span<char> buf = stackalloc char[Math.Min(number.Length, 64)];
        var n = 0;
        foreach (var c in number)
        {
            if (n == buf.Length) break;
            if (char.IsAsciiLetterOrDigit(c)) buf[n++] = char.ToUpperInvariant(c);
        }
        return new string(buf[..n]);
    }

    public static string? Country(string? country) =>
        string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
}
