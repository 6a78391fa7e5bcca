using Gateway.Schemas;

namespace Gateway.Domain.Validation.Mrz;

/// <summary>
/// Reads a machine-readable zone (ICAO 9303 Parts 4–7): TD1, TD2, TD3 and MRV-A/B visas. Never throws: a zone of
/// the wrong shape or with bad characters comes back as an error that says what is wrong.
/// </summary>
public static class MrzReader
{
    /// <summary>Reads the zone; lines may be separated by CR, LF or both, and surrounding blanks are ignored.</summary>
    public static MrzReadResult Read(string? text)
    {
        var lines = (text ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string shape = lines.Length == 0 ? "empty" : $"{lines.Length} line(s) of {string.Join("/", lines.Select(l => l.Length))}";
        for (int l = 0; l < lines.Length; l++)
        {
            foreach (char c in lines[l])
            {
                if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '<')) return MrzReadResult.BadCharacter(l + 1, c);
            }
        }
        bool visa = lines.Length > 0 && lines[0].Length > 0 && lines[0][0] == 'V';
        var format = lines switch
        {
            [{ Length: 30 }, { Length: 30 }, { Length: 30 }] => MrzFormat.Td1,
            [{ Length: 36 }, { Length: 36 }] => visa ? MrzFormat.MrvB : MrzFormat.Td2,
            [{ Length: 44 }, { Length: 44 }] => visa ? MrzFormat.MrvA : MrzFormat.Td3,
            _ => MrzFormat.Unknown,
        };
        return format switch
        {
            MrzFormat.Td1 => MrzReadResult.Of(ReadTd1(lines)),
            MrzFormat.Unknown => MrzReadResult.BadShape(shape),
            _ => MrzReadResult.Of(ReadTwoLine(format, lines[0], lines[1])),
        };
    }

    private static MrzData ReadTwoLine(MrzFormat format, string l1, string l2)
    {
        var checks = new List<MrzCheck>();
        int width = l2.Length;
        string optional = l2[28..(format is MrzFormat.Td3 ? 42 : format is MrzFormat.MrvA ? 44 : format is MrzFormat.MrvB ? 36 : 35)];
        string number = Number(l2[..9], l2[9], format == MrzFormat.Td2 ? optional : null, checks);
        Check(checks, "date of birth", l2[13..19], l2[19]);
        Check(checks, "expiry date", l2[21..27], l2[27]);
        if (format == MrzFormat.Td3)
        {
            // An all-filler personal number may carry '<' or '0' as its check digit (9303 editions differ).
            if (!(l2[42] == '<' && optional.All(c => c == '<'))) Check(checks, "personal number", optional, l2[42]);
        }
        if (format is MrzFormat.Td3 or MrzFormat.Td2)
        {
            Check(checks, "composite", l2[..10] + l2[13..20] + l2[21..(width - 1)], l2[width - 1]);
        }
        var (surname, given) = Name(l1[5..]);
        return new MrzData(format, l1[..2].TrimEnd('<'), l1[2..5].TrimEnd('<'), number, l2[10..13].TrimEnd('<'),
            l2[13..19], l2[20..21].Replace("<", "", StringComparison.Ordinal), l2[21..27], surname, given, checks.ToArray());
    }

    private static MrzData ReadTd1(string[] lines)
    {
        var checks = new List<MrzCheck>();
        string l1 = lines[0], l2 = lines[1];
        string number = Number(l1[5..14], l1[14], l1[15..30], checks);
        Check(checks, "date of birth", l2[..6], l2[6]);
        Check(checks, "expiry date", l2[8..14], l2[14]);
        Check(checks, "composite", l1[5..30] + l2[..7] + l2[8..15] + l2[18..29], l2[29]);
        var (surname, given) = Name(lines[2]);
        return new MrzData(MrzFormat.Td1, l1[..2].TrimEnd('<'), l1[2..5].TrimEnd('<'), number, l2[15..18].TrimEnd('<'),
            l2[..6], l2[7..8].Replace("<", "", StringComparison.Ordinal), l2[8..14], surname, given, checks.ToArray());
    }

    // A number longer than 9 characters (TD1, TD2) puts '<' in the check position and continues in the optional
    // data, ending with the check digit over the whole number (9303 Part 5 and 6).
    private static string Number(string field, char check, string? optional, List<MrzCheck> checks)
    {
        if (check == '<' && optional is not null && optional.Length > 1 && optional[0] != '<')
        {
            int end = optional.IndexOf('<', StringComparison.Ordinal);
            if (end < 0) end = optional.Length;
            string tail = optional[..Math.Max(0, end - 1)];
            string full = field + tail;
            Check(checks, "document number", full, optional[end - 1]);
            return full.Replace("<", "", StringComparison.Ordinal);
        }
        Check(checks, "document number", field, check);
        return field.Replace("<", "", StringComparison.Ordinal);
    }

    private static void Check(List<MrzCheck> checks, string field, string value, char actual)
    {
        int digit = CheckDigit.Compute(value);
        checks.Add(new MrzCheck(field, actual, digit < 0 ? '?' : (char)('0' + digit)));
    }

    private static (string Surname, ValueList<string> Given) Name(string field)
    {
        int split = field.IndexOf("<<", StringComparison.Ordinal);
        string primary = split < 0 ? field : field[..split];
        string secondary = split < 0 ? "" : field[(split + 2)..];
        var given = secondary.Split('<', StringSplitOptions.RemoveEmptyEntries);
        return (primary.Replace('<', ' ').Trim(), given);
    }
}
