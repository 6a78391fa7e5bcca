namespace Gateway.Screening.Text;

/// Patronymics by their endings: Russian, Ukrainian and Belarusian -ovich/-evich/-ich, -ovna/-evna/-ichna (in the
/// spellings of the romanisation systems: -ovitch, -owitsch, -ovič), and Turkic -ogly/-oglu/-uly/-kyzy/-qizi.
public static class Patronymic
{
    private static readonly string[] Endings =
    [
        "ovich", "evich", "ovitch", "evitch", "owitsch", "ewitsch", "ovic", "evic", "ovna", "evna", "ichna", "ovych", "evych",
        "ogly", "ogli", "oglu", "uly", "kyzy", "qizi", "kizi",
    ];

    public static bool Is(ReadOnlySpan<char> part)
    {
        if (part.Length < 6) return false;
        foreach (var e in Endings) if (part.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }
}
