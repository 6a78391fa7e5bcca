namespace Gateway.Screening.Text;

/// Given names and their nicknames (William ↔ Bill). A nickname relation is evidence, not identity: the matcher scores
/// it below an exact or one-typo match. The product ships a small built-in table; a fuller one (the
/// carltonnorthern/nicknames CSV layout: name1,relationship,name2) can be loaded from a configured file.
public sealed class NicknameTable
{
    private readonly Dictionary<string, int[]> _groups;
    private readonly Dictionary<string, string[]> _relatives;

    private NicknameTable(Dictionary<string, int[]> groups)
    {
        _groups = groups;
        var byGroup = new Dictionary<int, List<string>>();
        foreach (var (name, ids) in groups)
        {
            foreach (var g in ids)
            {
                if (!byGroup.TryGetValue(g, out var l)) byGroup[g] = l = [];
                l.Add(name);
            }
        }
        _relatives = new Dictionary<string, string[]>(groups.Count, StringComparer.Ordinal);
        foreach (var (name, ids) in groups)
        {
            var set = new List<string>();
            foreach (var g in ids) foreach (var other in byGroup[g]) if (other != name && !set.Contains(other)) set.Add(other);
            _relatives[name] = [.. set];
        }
    }

    /// Every name related to this one (for candidate generation).
    public string[] Relatives(string name) => _relatives.TryGetValue(name, out var r) ? r : [];

    public static NicknameTable Empty { get; } = new(new Dictionary<string, int[]>(StringComparer.Ordinal));

    public int Count => _groups.Count;

    public static NicknameTable BuiltIn { get; } = FromPairs(BuiltInPairs());

    /// Reads "name1,relationship,name2" lines (a header line is skipped); errors name the line.
    public static NicknameTable Load(string path)
    {
        var pairs = new List<(string, string)>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var p = line.Split(',');
            if (p.Length != 3) throw new Import.ListFormatException(path, lineNo, "expected name1,relationship,name2");
            if (lineNo == 1 && p[0] == "name1") continue;
            pairs.Add((p[0].Trim().ToLowerInvariant(), p[2].Trim().ToLowerInvariant()));
        }
        return FromPairs(pairs);
    }

    /// Each canonical name forms a group with its nicknames; a nickname may belong to several groups (Al: Albert, Alfred).
    private static NicknameTable FromPairs(IEnumerable<(string Name, string Nick)> pairs)
    {
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (name, nick) in pairs)
        {
            if (name.Length == 0 || nick.Length == 0 || name == nick) continue;
            if (!groupOf.TryGetValue(name, out var g)) groupOf[name] = g = groupOf.Count;
            Add(members, name, g);
            Add(members, nick, g);
        }
        var groups = new Dictionary<string, int[]>(members.Count, StringComparer.Ordinal);
        foreach (var (k, v) in members) groups[k] = [.. v];
        return new NicknameTable(groups);
    }

    private static void Add(Dictionary<string, List<int>> members, string key, int group)
    {
        if (!members.TryGetValue(key, out var list)) members[key] = list = [];
        if (!list.Contains(group)) list.Add(group);
    }

    /// Whether the two names are a name and its nickname, or two nicknames of the same name.
    public bool Related(string a, string b)
    {
        if (!_groups.TryGetValue(a, out var ga) || !_groups.TryGetValue(b, out var gb)) return false;
        foreach (var x in ga)
        {
            foreach (var y in gb) if (x == y) return true;
        }
        return false;
    }

    public static bool Related(int[] a, int[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b) if (x == y) return true;
        }
        return false;
    }

    /// The group ids of a name (for candidate generation), or empty.
    public int[] Groups(string name) => _groups.TryGetValue(name, out var g) ? g : [];

    private static IEnumerable<(string, string)> BuiltInPairs()
    {
        const string table = """
abraham=abe,bram
albert=al,bert,bertie
alexander=alex,alec,sandy,sasha,xander
alexandra=alex,sandra,sasha,lexie
alfred=al,alf,fred,freddie
andrew=andy,drew
anthony=tony
barbara=barb,babs
benjamin=ben,benny,benji
catherine=cathy,kate,katie,cat,kitty
katherine=kathy,kate,katie,kat,kitty
charles=charlie,chuck,chas
christopher=chris,kit,topher
daniel=dan,danny
david=dave,davy
deborah=debbie,deb
dmitry=dima,mitya
donald=don,donnie
edward=ed,eddie,ted,ned
elizabeth=liz,lizzie,beth,betty,eliza,libby,bess
eugene=gene
frederick=fred,freddie,fritz
gregory=greg
henry=hank,harry
ivan=vanya
jacob=jake,jack
james=jim,jimmy,jamie
jennifer=jen,jenny
john=jack,johnny,jon
jonathan=jon,jonny,nathan
joseph=joe,joey,jos
kenneth=ken,kenny
lawrence=larry
margaret=maggie,meg,peggy,marge,greta
matthew=matt
michael=mike,mickey,misha
nicholas=nick,nicky,kolya
patricia=pat,patty,trish
patrick=pat,paddy
peter=pete
rebecca=becky,becca
richard=rick,dick,rich,richie
robert=bob,bobby,rob,robbie,bert
ronald=ron,ronnie
samuel=sam,sammy
stephen=steve
steven=steve
susan=sue,susie
theodore=ted,teddy,theo
thomas=tom,tommy
timothy=tim
victoria=vicky,tori
vladimir=volodya,vova
william=bill,billy,will,willy,liam
yekaterina=katya
yevgeny=zhenya
aleksandr=sasha,sanya
mikhail=misha
""";
        foreach (var raw in table.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            foreach (var nick in line[(eq + 1)..].Split(',')) yield return (line[..eq], nick);
        }
    }
}
