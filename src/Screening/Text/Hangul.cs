using System.Text;

namespace Gateway.Screening.Text;

/// Hangul romanisation: Revised Romanization (RR, 2000), McCune–Reischauer (MR, without diacritics, as North Korean
/// and older South Korean passports carry it) and the surname spellings Korean passports really use.
internal static class Hangul
{
    private static readonly string[] InitialRr = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] InitialMr = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"];
    private static readonly string[] MedialRr = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
    private static readonly string[] MedialMr = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];
    private static readonly string[] FinalRr = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    // Passport spellings of the common surnames; the first is the canonical key. Sources: Ministry of Foreign Affairs
    // passport romanisation statistics, as summarised in common usage (Lee/Yi/Rhee, Park/Pak, Kim/Gim, Choi/Choe…).
    private static readonly Dictionary<string, string[]> Surnames = BuildSurnames();

    public static bool IsSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    public static bool IsJamo(char c) => c is >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';

    /// Romanises a run of syllables as one token: every plausible spelling, RR first.
    public static string[] Romanise(ReadOnlySpan<char> run)
    {
        var rr = new StringBuilder();
        var mr = new StringBuilder();
        var loan = new StringBuilder();
        for (var i = 0; i < run.Length; i++)
        {
            var s = run[i] - 0xAC00;
            int ini = s / (21 * 28), med = s % (21 * 28) / 28, fin = s % 28;
            var initialRr = InitialRr[ini];
            var initialMr = InitialMr[ini];
            // MR voices k/t/p/ch between voiced sounds; at the start of a word they stay voiceless.
            if (i > 0 && ini is 0 or 3 or 7 or 12) initialMr = InitialRr[ini];
            rr.Append(initialRr).Append(MedialRr[med]).Append(FinalRr[fin]);
            mr.Append(initialMr).Append(MedialMr[med]).Append(FinalRr[fin]);
            // Loanwords: Korean adds "eu" after a final consonant (트 = teu for "t"); a foreign name drops it.
            var epenthetic = med == 18 && fin == 0 && i == run.Length - 1 || med == 18 && fin == 0 && i + 1 < run.Length;
            loan.Append(initialRr).Append(epenthetic ? "" : MedialRr[med]).Append(FinalRr[fin]);
        }
        var forms = new List<string>(6);
        void Add(string f)
        {
            if (f.Length > 0 && !forms.Contains(f)) forms.Add(f);
        }
        var r = rr.ToString();
        if (run.Length == 1 && Surnames.TryGetValue(r, out var sur))
        {
            foreach (var f in sur) Add(f);
        }
        Add(r);
        Add(mr.ToString());
        // Common passport habits: eo written u or o (jeong → jung, jong), eu written u.
        Add(r.Replace("eo", "u", StringComparison.Ordinal).Replace("eu", "u", StringComparison.Ordinal));
        Add(r.Replace("eo", "o", StringComparison.Ordinal));
        Add(loan.ToString());
        return [.. forms];
    }

    /// Latin spellings of Korean surnames map to the same group: "rhee" → [lee, yi, rhee, ri, …].
    public static string[]? SurnameGroup(string latin) => LatinIndex.TryGetValue(latin, out var g) ? g : null;

    private static readonly Dictionary<string, string[]> LatinIndex = BuildLatinIndex();

    private static Dictionary<string, string[]> BuildLatinIndex()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in Surnames.Values)
        {
            foreach (var f in group) map.TryAdd(f, group);
        }
        return map;
    }

    private static Dictionary<string, string[]> BuildSurnames()
    {
        // RR spelling = passport spellings, canonical first.
        const string table = """
gim=kim,gim,ghim
i=lee,yi,rhee,ri,rhie,lie,ie
bak=park,pak,bak,bahk
choe=choi,choe,choy,chwe
jeong=jung,jeong,chung,chong,jong,cheong
gang=kang,gang
jo=cho,jo,joe
yun=yoon,yun,youn
jang=jang,chang
im=lim,im,rim,yim
han=han
o=oh,o
seo=seo,suh,so,sur
sin=shin,sin,sheen
gwon=kwon,gwon,kweon
hwang=hwang
an=ahn,an
song=song
ryu=ryu,yoo,yu,rhyu,ryoo
yu=yoo,yu,you
hong=hong
jeon=jeon,jun,chun,chon,jon
go=ko,go,koh
mun=moon,mun
yang=yang
son=son,sohn
bae=bae,pae
baek=baek,paek,baik,paik
heo=heo,hur,huh,ho
no=noh,no,roh,ro
nam=nam
sim=shim,sim
ha=ha
gwak=kwak,gwak
seong=sung,seong
cha=cha
ju=joo,ju,chu
u=woo,u
gu=koo,gu,ku
na=na,ra
min=min
jin=jin,chin
ji=ji,chi
eom=eom,um,ohm
chae=chae
won=won
cheon=cheon,chun,chon
bang=bang,pang
gong=kong,gong
hyeon=hyun,hyeon
ham=ham
byeon=byun,byeon,pyon
yeom=yeom,yum
yeo=yeo,yuh,yo
chu=choo,chu
do=do,doh,to
seok=seok,suk,sok
seon=sun,seon
seol=seol,sul
gil=gil,kil
pyo=pyo
myeong=myung,myeong
gi=ki,gi
ban=ban,pan
wang=wang
geum=keum,geum,kum
ok=ok
yuk=yuk,yook
maeng=maeng
je=je,che
tak=tak
guk=kook,guk,kuk
""";
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var raw in table.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            map[line[..eq]] = line[(eq + 1)..].Split(',');
        }
        return map;
    }
}
