namespace Gateway.Screening.Text;

/// The consonant classes of a name part as Arabic writes it: Arabic script writes no short vowels, and Latin spellings
/// of one Arabic name differ mostly in vowels (Yusuf/Youssef) and in a few consonants written several ways (q/k,
/// kh/h, and the dentals t/th/d/dh/z: ظ is DH, Z or TH — Kazim, Kadhim, Kathim). Vowels, w, y and apostrophes (ayn, hamza) are dropped, each consonant is mapped to its
/// class and doubled letters (shadda) collapse: muhammad and mouhamad → MHMD, qasim and kassem → KSM. Compared only
/// when one side of a pair was written in Arabic script, where the vowels really are unknown.
public static class Consonants
{
    /// Writes the classes of a lower-case Latin part into <paramref name="dest"/>; returns the length.
    public static int Write(ReadOnlySpan<char> latin, Span<char> dest)
    {
        var n = 0;
        var last = '\0';
        for (var i = 0; i < latin.Length && n < dest.Length; i++)
        {
            var c = latin[i];
            var next = i + 1 < latin.Length ? latin[i + 1] : '\0';
            var k = '\0';
            if (next == 'h' && c is 'k' or 'g' or 's' or 'c' or 't' or 'd' or 'p' or 'z')
            {
                k = c switch { 'k' => 'H', 'g' => 'G', 's' or 'c' => 'X', 't' or 'd' or 'z' => 'D', _ => 'F' };
                i++;
            }
            else
            {
                k = c switch
                {
                    'b' or 'p' => 'B', 't' or 'd' or 'z' => 'D', 'j' or 'g' => 'J', 'h' => 'H', 'r' => 'R', 's' => 'S',
                    'c' or 'q' or 'k' => 'K', 'f' or 'v' => 'F', 'l' => 'L', 'm' => 'M', 'n' => 'N', 'x' => 'X',
                    _ => '\0',
                };
            }
            if (k == '\0' || k == last) continue;
            dest[n++] = k;
            last = k;
        }
        return n;
    }
}
