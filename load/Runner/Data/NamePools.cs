namespace Gateway.Runner.Data;

/// <summary>
/// Given names and surnames to draw people from. With ../shared present the 50,000 synthetic persons of yente's
/// negative set are added (so common names collide as they do at scale); a built-in pool of names from the
/// gateway's traffic (Korean, Japanese, Chinese, Vietnamese, Filipino, Russian, Arabic, European, American) otherwise.
/// </summary>
public sealed record NamePools(IReadOnlyList<string> Given, IReadOnlyList<string> Surnames)
{
    private static readonly string[] BuiltInGiven =
    [
        "MINJUN", "SEOYEON", "JIHOON", "HAYOON", "DOYOON", "SUAH", "JIWOO", "YEJIN", "HYUNWOO", "EUNJI", "SUNGMIN", "JAEWON",
        "HIROSHI", "YUKI", "HARUTO", "SAKURA", "KENJI", "AOI", "TAKESHI", "MEI", "WEI", "XIAOMING", "LI", "JING", "HAO", "YAN",
        "MINH", "ANH", "LINH", "TUAN", "JOSE", "MARIA", "ANGELICA", "MARK", "IVAN", "OLGA", "DMITRY", "NATALIA", "SERGEI",
        "AHMED", "FATIMA", "OMAR", "AISHA", "MOHAMMED", "LAYLA", "JOHN", "EMMA", "JAMES", "OLIVIA", "MICHAEL", "SOPHIA",
        "DAVID", "ANNA", "THOMAS", "LAURA", "PIERRE", "CLAIRE", "HANS", "GRETA", "LUCA", "GIULIA", "CARLOS", "LUCIA", "SVEN",
    ];

    private static readonly string[] BuiltInSurnames =
    [
        "KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM", "HAN", "OH", "SEO", "SHIN", "KWON",
        "TANAKA", "SATO", "SUZUKI", "TAKAHASHI", "WATANABE", "ITO", "YAMAMOTO", "WANG", "ZHANG", "LIU", "CHEN", "YANG",
        "HUANG", "ZHAO", "NGUYEN", "TRAN", "PHAM", "SANTOS", "REYES", "CRUZ", "IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV",
        "HADDAD", "KHAN", "RAHMAN", "HASSAN", "ALI", "SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER",
        "MUELLER", "SCHMIDT", "SCHNEIDER", "ROSSI", "RUSSO", "MARTIN", "BERNARD", "DUBOIS", "SILVA", "OLIVEIRA", "JENSEN",
        "OBRIEN", "MURPHY", "NOVAK", "YILMAZ", "KOWALSKI", "PATEL", "SINGH",
    ];

    /// <summary>The built-in pools only.</summary>
    public static NamePools BuiltIn { get; } = new(BuiltInGiven, BuiltInSurnames);

    /// <summary>The built-in pools plus yente's negatives from <paramref name="shared"/> when present.</summary>
    public static NamePools Load(string? shared)
    {
        string? file = shared is null ? null : Path.Combine(shared, "namepairs", "yente_cgb_negatives_us.csv");
        if (file is null || !File.Exists(file)) return BuiltIn;
        var given = new HashSet<string>(BuiltInGiven, StringComparer.Ordinal);
        var surnames = new HashSet<string>(BuiltInSurnames, StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            var cells = CsvLine.Split(line);
            if (cells.Count < 4) continue;
            if (Clean(cells[1]) is { } g) given.Add(g);
            if (Clean(cells[3]) is { } s) surnames.Add(s);
        }
        return new NamePools([.. given.Order(StringComparer.Ordinal)], [.. surnames.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The repository's ../shared folder, when there is one.</summary>
    public static string? SharedFolder()
    {
        var env = Environment.GetEnvironmentVariable("GATEWAY_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "Gateway.sln"))) continue;
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    }

    // Passport names are upper-case Latin letters; a name with anything else is skipped rather than mangled.
    private static string? Clean(string name)
    {
        var upper = name.Trim().ToUpperInvariant();
        if (upper.Length < 2) return null;
        foreach (var c in upper) if (c is not (>= 'A' and <= 'Z') and not '-' and not ' ') return null;
        return upper;
    }
}
