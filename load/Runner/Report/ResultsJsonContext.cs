using System.Text.Json.Serialization;

namespace Gateway.Runner.Report;

/// <summary>Source-generated JSON for the results files.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RunResult))]
[JsonSerializable(typeof(SweepResult))]
internal sealed partial class ResultsJsonContext : JsonSerializerContext;
