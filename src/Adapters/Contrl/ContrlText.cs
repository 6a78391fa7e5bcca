using System.Text;

namespace Gateway.Adapters.Contrl;

/// <summary>A CONTRL report in plain lines, one per level reported, for <c>gateway check</c> and logs.</summary>
public static class ContrlText
{
    /// <summary>Describes the report, e.g. <c>message M1 (PAXLST:D:05B:UN) rejected: segment 5, element 2, component 1: invalid value (12)</c>.</summary>
    public static IReadOnlyList<string> Describe(ContrlReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = new List<string>();
        var uci = report.Interchange;
        lines.Add(Line($"interchange {uci.Reference} from {uci.Sender} to {uci.Recipient}", uci.Action, uci.ErrorCode, uci.Tag, uci.Position));
        foreach (var message in report.Messages) AddMessage(lines, message, "");
        foreach (var group in report.Groups)
        {
            lines.Add("  " + Line($"group {group.Reference}", group.Action, group.ErrorCode, group.Tag, group.Position));
            foreach (var message in group.Messages) AddMessage(lines, message, "  ");
        }
        return lines;
    }

    private static void AddMessage(List<string> lines, MessageResponse message, string indent)
    {
        lines.Add(indent + "  " + Line($"message {message.Reference} ({message.Identifier})", message.Action, message.ErrorCode, message.Tag, message.Position));
        foreach (var segment in message.Segments)
        {
            if (segment.ErrorCode is not null || segment.Elements.Count == 0)
            {
                lines.Add($"{indent}    segment {segment.Position}: {Error(segment.ErrorCode)}");
            }
            foreach (var element in segment.Elements)
            {
                lines.Add($"{indent}    segment {segment.Position}, {element.Position}: {Error(element.ErrorCode)}");
            }
        }
    }

    private static string Line(string what, string action, string? code, string? tag, ErrorPosition? position)
    {
        var sb = new StringBuilder(what).Append(' ').Append(ContrlErrorCodes.DescribeAction(action));
        if (code is null) return sb.ToString();
        sb.Append(": ");
        if (tag is not null) sb.Append(tag).Append(position is null ? ": " : ", ");
        if (position is not null) sb.Append(position).Append(": ");
        return sb.Append(Error(code)).ToString();
    }

    private static string Error(string? code) => code is null ? "error" : $"{ContrlErrorCodes.Describe(code)} ({code})";
}
