using System.Text;

namespace Gateway.Screening.Text;

/// Arabic-script names (Arabic, Persian, Pashto, Urdu letters) to the Latin spellings sanctions lists use. Arabic writes
/// no short vowels, so there is no single romanisation: the ~90 name words that make up most list names (محمد, عبد,
/// الله, حسن…) carry their usual spellings (MUHAMMAD/MOHAMMED/MOHAMED…); any other word is romanised letter by letter
/// with an "a" between consonants (تكريتي → takariti), which lands within two edits or on the same consonant skeleton
/// as the list's spelling (TIKRITI). The article ال becomes the particle "al"; a word beginning with عبد splits into
/// "abd" and the rest (عبدالعزيز → abd al aziz), as Latin spellings do (Abd al-Aziz, Abdul Aziz).
internal static class Arabic
{
    private static readonly Dictionary<string, string[]> Words = Build();

    public static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// Letters only, with the variant shapes folded (أ إ آ → ا, ى ی → ي, ک → ك, ؤ → و, ئ → ي) and vowel marks and tatweel dropped.
    public static string Fold(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var ch in word)
        {
            var c = ch;
            if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640') continue;
            if (c is >= '\uFE70' or (>= '\uFB50' and <= '\uFDFF')) c = ch.ToString().Normalize(NormalizationForm.FormKC) is { Length: 1 } k ? k[0] : c;
            c = c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' or 'ی' or 'ئ' or 'ې' => 'ي',
                'ک' => 'ك',
                'ؤ' => 'و',
                'ۀ' or 'ە' or 'ہ' or 'ھ' => 'ه',
                _ => c,
            };
            if (c == 'ء') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// The Latin parts of one Arabic-script word, each with its spellings (primary first).
    public static IEnumerable<string[]> Romanise(string folded)
    {
        if (folded.Length == 0) yield break;
        if (Words.TryGetValue(folded, out var known))
        {
            yield return known;
            yield break;
        }
        if (folded.Length > 4 && folded.StartsWith("عبد", StringComparison.Ordinal))
        {
            yield return Words["عبد"];
            foreach (var p in Romanise(folded[3..])) yield return p;
            yield break;
        }
        if (folded.Length > 3 && folded.StartsWith("ال", StringComparison.Ordinal))
        {
            yield return ["al", "el"];
            foreach (var p in Romanise(folded[2..])) yield return p;
            yield break;
        }
        yield return [Letters(folded)];
    }

    // Letter by letter; long vowels as written, an "a" between two consonants (short vowels are not written).
    private static string Letters(string word)
    {
        var sb = new StringBuilder(word.Length * 2);
        var lastConsonant = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var first = i == 0;
            string? vowel = c switch
            {
                'ا' => "a",
                'ى' => "a",
                'ة' => "a",
                'و' when !first && i + 1 < word.Length && word[i + 1] != 'ا' => "u",
                'و' when !first && i + 1 == word.Length => "u",
                'ي' when !first => "i",
                _ => null,
            };
            if (vowel is not null)
            {
                sb.Append(vowel);
                lastConsonant = false;
                continue;
            }
            var consonant = Consonant(c);
            if (consonant is null) continue;
            if (lastConsonant && consonant.Length > 0) sb.Append('a');
            sb.Append(consonant);
            lastConsonant = consonant.Length > 0;
        }
        return sb.Length == 0 ? word : sb.ToString();
    }

    private static string? Consonant(char c) => c switch
    {
        'ب' => "b", 'پ' => "p", 'ت' => "t", 'ث' => "th", 'ج' => "j", 'چ' => "ch", 'ح' => "h", 'خ' => "kh", 'د' => "d", 'ذ' => "dh",
        'ر' => "r", 'ز' => "z", 'ژ' => "zh", 'س' => "s", 'ش' => "sh", 'ص' => "s", 'ض' => "d", 'ط' => "t", 'ظ' => "z", 'ع' => "",
        'غ' => "gh", 'ف' => "f", 'ق' => "q", 'ك' => "k", 'گ' => "g", 'ل' => "l", 'م' => "m", 'ن' => "n", 'ه' => "h", 'و' => "w",
        'ي' => "y", 'ٹ' => "t", 'ڈ' => "d", 'ڑ' => "r", 'ں' => "n",
        _ => null,
    };

    // Name words and the spellings lists give them, most frequent first. Folded Arabic on the left.
    private const string Table = """
        محمد muhammad mohammed mohamed mohammad muhammed mohamad
        امحمد muhammad mohammed mohamed
        احمد ahmad ahmed
        عبد abd abdul abdel abdal abdu
        الله allah ullah
        عبدالله abdullah abdallah abdulla
        عبدالرحمن abdulrahman abdurrahman abdelrahman abdalrahman
        عبدالرحمان abdulrahman abdurrahman abdelrahman
        بن bin ben ibn
        ابن ibn
        ابو abu abou
        ولد ould
        علي ali
        حسن hasan hassan
        حسين husain hussein husayn hussain husein
        ابراهيم ibrahim ebrahim
        عمر umar omar
        مصطفي mustafa mostafa moustafa
        صالح salih saleh
        جمال jamal gamal
        صدام saddam
        محمود mahmud mahmoud
        نور nur noor
        سيد sayyid sayed syed said
        يوسف yusuf yousef youssef yousif
        عثمان uthman othman osman
        سليمان sulayman suleiman sulaiman
        يحيي yahya yehia
        طارق tariq tarek tareq
        سالم salim salem
        حامد hamid hamed
        منصور mansur mansour
        خالد khalid khaled
        خليل khalil
        عزيز aziz
        فيصل faisal faysal
        قاسم qasim qassim kassem
        كمال kamal
        مهدي mahdi mehdi
        هاشم hashim hashem
        طاهر tahir taher
        سعد saad sad
        سعيد said saeed saeid
        اسامة usama osama usamah
        ايمن ayman
        خان khan
        شاه shah
        جان jan
        اخوند akhund akhund
        حقاني haqqani
        ولي wali
        فضل fazl fadl fazal
        امير amir
        مجيد majid majeed
        عادل adil adel
        خضر khidr khadr khudair
        رمضان ramadan ramazan
        عزت izzat
        طه taha
        حمد hamad
        زكي zaki
        صلاح salah
        ياسين yasin yassin yaseen
        عدنان adnan
        غازي ghazi
        محسن muhsin mohsen
        فاضل fadil fazil
        حمزة hamza hamzah
        سلطان sultan
        جابر jabir jaber
        مبارك mubarak
        بكر bakr bakir
        خيرالله khairallah khayrallah
        برزان barzan
        سبعاوي sabawi
        اغا agha aga
        تكريتي tikriti
        طلفاح tulfah
        عبدالعزيز abdulaziz abdelaziz
        مولوي mawlawi
        ملا mullah
        حاجي haji
        شيخ sheikh
        عبدالقادر abdulqadir abdelkader
        يونس yunus younis
        عيسي isa issa
        موسي musa moussa
        داود dawud daoud
        جعفر jafar
        زيد zaid zayd
        ناصر nasir nasser
        رشيد rashid rachid
        مراد murad mourad
        كريم karim
        نبيل nabil
        """;

    private static Dictionary<string, string[]> Build()
    {
        var words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            words[Fold(parts[0])] = [.. parts.Skip(1).Distinct(StringComparer.Ordinal)];
        }
        return words;
    }
}
