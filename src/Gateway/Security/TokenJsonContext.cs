using System.Text.Json.Serialization;

namespace Gateway.Security;

/// <summary>Source-generated JSON for minted token payloads.</summary>
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
internal sealed partial class TokenJsonContext : JsonSerializerContext;
