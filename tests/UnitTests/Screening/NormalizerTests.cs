using Gateway.Screening.Text;

namespace Gateway.UnitTests.Screening;

public sealed class NormalizerTests
{
    private static readonly NameNormalizer Normalizer = new();

    private static string[][] Forms(string name) => Normalizer.Normalize(name).Tokens.Select(t => t.Forms).ToArray();

    [Theory]
    [InlineData("Müller", "muller|mueller")] // ICAO keeps both Ü→UE and Ü→U
    [InlineData("Groß", "gross")] // ß→SS
    [InlineData("Ørsted", "orsted|oersted")]
    [InlineData("José Ñúñez", "jose nunez")] // diacritics folded
    [InlineData("ＪＯＨＮ", "john")] // full-width forms
    [InlineData("O'Neill", "oneill")] // the apostrophe joins
    [InlineData("Jean-Pierre", "jean pierre")] // the hyphen separates
    [InlineData("Путин", "putin")] // Cyrillic per ICAO
    [InlineData("Юрий Щукин", "yuriy|iurii shchukin")] // Ю→IU, Й→I (ICAO) and YU, Y (common)
    [InlineData("Жуков", "jukov|zhukov")]
    [InlineData("Παπαδόπουλος", "papadopoulos")] // Greek per ICAO, ΟΥ→OU
    [InlineData("Dr. Ayman", "ayman")] // titles dropped
    public void Normalizes_names_to_ascii_forms(string name, string expected)
    {
        var actual = string.Join(' ', Forms(name).Select(f => string.Join('|', f.OrderBy(x => x.Length).ThenBy(x => x, StringComparer.Ordinal))));
        var wanted = string.Join(' ', expected.Split(' ').Select(t => string.Join('|', t.Split('|').OrderBy(x => x.Length).ThenBy(x => x, StringComparer.Ordinal))));
        Assert.Equal(wanted, actual);
    }

    [Fact]
    public void Korean_name_in_hangul_splits_surname_and_given_syllables_with_rr_mr_and_passport_spellings()
    {
        var t = Forms("김정은");
        Assert.Equal(3, t.Length);
        Assert.Contains("kim", t[0]);
        Assert.Contains("gim", t[0]);
        Assert.Contains("jong", t[1]); // MR / passport
        Assert.Contains("jeong", t[1]); // RR
        Assert.Contains("chung", t[1]);
        Assert.Contains("un", t[2]);
        Assert.Contains("eun", t[2]);
    }

    [Theory]
    [InlineData("이", "rhee")]
    [InlineData("Rhee", "yi")]
    [InlineData("Lee", "rhee")]
    [InlineData("박", "pak")]
    [InlineData("Pak", "park")]
    [InlineData("Gim", "kim")]
    [InlineData("Choe", "choi")]
    [InlineData("Chung", "jung")]
    public void Korean_surname_spellings_share_forms(string name, string alsoSpelled)
    {
        Assert.Contains(alsoSpelled, Assert.Single(Forms(name)));
    }

    [Fact]
    public void Hangul_loanword_is_one_token_with_the_epenthetic_vowel_dropped()
    {
        var t = Assert.Single(Forms("카위트"));
        Assert.Contains("kawiteu", t);
        Assert.Contains("kawit", t);
    }

    [Theory]
    [InlineData("Abd al Rahman bin Laden", "abd,al,bin")]
    [InlineData("Ludwig van Beethoven", "van")]
    public void Particles_are_kept_but_marked(string name, string particles)
    {
        var tokens = Normalizer.Normalize(name).Tokens;
        Assert.Equal(particles.Split(','), tokens.Where(t => t.Particle).Select(t => t.Primary));
        Assert.Contains(tokens, t => !t.Particle);
    }

    [Fact]
    public void Surname_given_by_the_list_is_marked_on_its_tokens()
    {
        var name = Normalizer.Normalize("KIM, Jong Un", "KIM");
        Assert.True(name.IsSurname(0));
        Assert.False(name.IsSurname(1));
    }

    [Fact]
    public void Hebrew_and_thai_scripts_are_not_guessed()
    {
        // Arabic, Han and Kana are romanised (ScriptTransliterationTests); these still match only through Latin aliases.
        Assert.Empty(Normalizer.Normalize("משה כהן").Tokens);
        Assert.Empty(Normalizer.Normalize("สมชาย").Tokens);
    }

    [Fact]
    public void Nickname_table_relates_names_in_the_same_group_and_loads_the_csv_layout()
    {
        Assert.True(NicknameTable.BuiltIn.Related("bill", "william"));
        Assert.True(NicknameTable.BuiltIn.Related("bill", "will"));
        Assert.False(NicknameTable.BuiltIn.Related("bill", "robert"));
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "name1,relationship,name2\nzebediah,has_nickname,zeb\n");
            var table = NicknameTable.Load(path);
            Assert.True(table.Related("zeb", "zebediah"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
