using System.Text.Json;
using Gateway.Screening.Model;

namespace Gateway.Cli;

/// <summary>One traveller query as a JSON line: id and name required; birthDate, sex, nationality, documentNumber, documentCountry optional.</summary>
internal static class QueryLine
{
    public static bool TryParse(string line, out string? id, out ScreeningQuery? query, out string problem)
    {
        id = null;
        query = null;
        problem = "";
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) { problem = "a query must be a JSON object"; return false; }
            string? Str(string p)
            {
                if (!root.TryGetProperty(p, out var v) || v.ValueKind == JsonValueKind.Null) return null;
                if (v.ValueKind != JsonValueKind.String) throw new FormatException($"\"{p}\" must be a string");
                return v.GetString();
            }
            id = Str("id");
            var name = Str("name");
            if (string.IsNullOrEmpty(id)) { problem = "\"id\" is missing"; return false; }
            if (string.IsNullOrWhiteSpace(name)) { problem = $"query {id}: \"name\" is missing"; return false; }
            BirthDate? dob = null;
            var dobText = Str("birthDate");
            if (!string.IsNullOrEmpty(dobText))
            {
                if (!BirthDate.TryParseIso(dobText, out var d) || d.FromYear != d.ToYear) { problem = $"query {id}: birthDate '{dobText}' is not YYYY-MM-DD (or YYYY)"; return false; }
                dob = d;
            }
            char? sex = Str("sex") switch
            {
                null or "" or "X" or "U" => null,
                "M" => 'M',
                "F" => 'F',
                var other => throw new FormatException($"sex '{other}' is not M, F or X"),
            };
            query = new ScreeningQuery(name, dob, sex, Str("nationality")?.ToUpperInvariant(), Str("documentNumber"), Str("documentCountry")?.ToUpperInvariant());
            return true;
        }
        catch (JsonException e)
        {
            problem = "not JSON: " + e.Message;
            return false;
        }
        catch (FormatException e)
        {
            problem = (id is null ? "" : $"query {id}: ") + e.Message;
            return false;
        }
    }
}
