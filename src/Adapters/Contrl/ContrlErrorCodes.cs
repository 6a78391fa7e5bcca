namespace Gateway.Adapters.Contrl;

/// <summary>The ISO 9735 (version 4) syntax error codes (0085) and what they mean, for showing a CONTRL to a person.</summary>
public static class ContrlErrorCodes
{
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["2"] = "syntax version or level not supported",
        ["7"] = "interchange recipient not actual recipient",
        ["12"] = "invalid value",
        ["13"] = "missing",
        ["14"] = "value not supported in this position",
        ["15"] = "not supported in this position",
        ["16"] = "too many constituents",
        ["17"] = "no agreement",
        ["18"] = "unspecified error",
        ["20"] = "character invalid as service character",
        ["21"] = "invalid character(s)",
        ["22"] = "invalid service character(s)",
        ["23"] = "unknown interchange sender",
        ["24"] = "too old",
        ["25"] = "test indicator not supported",
        ["26"] = "duplicate detected",
        ["28"] = "references do not match",
        ["29"] = "control count does not match number of instances received",
        ["30"] = "functional groups and messages mixed",
        ["32"] = "lower level empty",
        ["33"] = "invalid occurrence outside message, package or group",
        ["35"] = "too many repetitions",
        ["36"] = "too many segment group repetitions",
        ["37"] = "invalid type of character(s)",
        ["39"] = "data element too long",
        ["40"] = "data element too short",
        ["45"] = "trailing separator",
        ["46"] = "character set not supported",
        ["47"] = "envelope functionality not supported",
        ["48"] = "dependency condition violated",
    };

    /// <summary>The meaning of a code, or "code N" for one not in the list.</summary>
    public static string Describe(string code) => Meanings.TryGetValue(code, out var meaning) ? meaning : "code " + code;

    /// <summary>The meaning of an action code (0083).</summary>
    public static string DescribeAction(string action) => action switch
    {
        ContrlActions.Rejected => "rejected",
        ContrlActions.Acknowledged => "acknowledged",
        ContrlActions.Received => "received",
        _ => "action " + action,
    };
}
