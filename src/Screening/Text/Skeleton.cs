namespace Gateway.Screening.Text;

/// A consonant skeleton: vowels, h, w and y dropped, confusable consonants merged, repeats collapsed.
/// mohammed/muhammad → mmt, gadhafi/qaddafi/kaddafi → ktf, alexander/aleksandr → lksntr. Used as a blocking key, never as a match by itself.
public static class Skeleton
{
    public static string Of(string token)
    {
        Span<char> buf = stackalloc char[Math.Min(token.Length, 64)];
        var n = Write(token, buf);
        return new string(buf[..n]);
    }

    public static int Write(ReadOnlySpan<char> token, Span<char> dest)
    {
        var n = 0;
        var last = '\0';
        for (var i = 0; i < token.Length && n < dest.Length; i++)
        {
            var c = token[i];
            if (c == 'p' && i + 1 < token.Length && token[i + 1] == 'h') { c = 'f'; i++; }
            // x is ks (Alexander/Aleksandr).
            if (c == 'x')
            {
                if (last != 'k' && n < dest.Length) dest[n++] = 'k';
                if (n < dest.Length) dest[n++] = 's';
                last = 's';
                continue;
            }
            var m = Map(c);
            if (m == '\0' || m == last) { if (m == '\0' && c is not ('h' or 'w' or 'y')) last = '\0'; continue; }
            dest[n++] = m;
            last = m;
        }
        return n;
    }

    private static char Map(char c) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' or 'w' => '\0',
        'b' or 'p' => 'p',
        'd' or 't' => 't',
        'c' or 'g' or 'k' or 'q' => 'k',
        's' or 'z' => 's',
        'f' or 'v' => 'f',
        _ => c,
    };
}
