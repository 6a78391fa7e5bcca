using System.CommandLine;

namespace Gateway.Cli;

/// <summary>
/// "Did you mean …?" for a mistyped option that the parser took as an argument (System.CommandLine suggests for
/// unmatched tokens itself, but an argument that takes any word swallows <c>--jsn</c>).
/// </summary>
internal static class Suggestion
{
    /// <summary>Reports each token that looks like an option (<c>-x</c>, <c>--x</c>; <c>-</c> alone is stdin) as unknown.</summary>
    public static void RejectOptionLikeTokens(Command command, System.CommandLine.Parsing.ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length < 2 || token.Value[0] != '-') continue;
            var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name));
            result.AddError($"{command.Name}: unknown option '{token.Value}'.{For(token.Value, known)} (a file whose name starts with '-' can be given as ./{token.Value})");
        }
    }

    /// <summary>The suggestion sentence (with a leading space), or empty when nothing known is close.</summary>
    public static string For(string typed, IEnumerable<string> known)
    {
        var close = known.Distinct(StringComparer.Ordinal).Where(k => Distance(typed, k) <= 2).ToArray();
        return close.Length == 0 ? "" : " Did you mean " + string.Join(" or ", close.Select(c => $"'{c}'")) + "?";
    }

    // Levenshtein distance; command-line words are short.
    private static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) row[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
