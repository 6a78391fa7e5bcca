using System.Text.Json.Serialization;
using Gateway.Adapters.Contrl;
using Gateway.Adapters.Edifact;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Responses;
using Gateway.Schemas.Pnr;

namespace Gateway.Cli;

/// <summary>What <c>gateway check</c> found in one input.</summary>
internal sealed record CheckResult(
    string Input,
    bool Ok,
    CheckError? Error,
    InterchangeSummary? Interchange,
    IReadOnlyList<NoteView> Notes,
    IReadOnlyList<Manifest> Manifests,
    IReadOnlyList<MessageSummary> OtherMessages)
{
    /// <summary>The Decree report of each list, judged as if received now (same order as <see cref="Manifests"/>).</summary>
    public IReadOnlyList<Gateway.Schemas.Reports.ValidationReport> Reports { get; init; } = [];

    /// <summary>PNRGOV pushes read.</summary>
    public IReadOnlyList<PnrPush> Pushes { get; init; } = [];

    /// <summary>CUSRES messages read (boarding answers, status changes, acknowledgements).</summary>
    public IReadOnlyList<BoardingResponse> Responses { get; init; } = [];

    /// <summary>CONTRL messages read (a partner's syntax reports).</summary>
    public IReadOnlyList<ContrlReport> SyntaxReports { get; init; } = [];

    /// <summary>The CONTRL the gateway would answer this input with, one line per level; empty when none is due.</summary>
    public IReadOnlyList<string> ContrlReply { get; init; } = [];

    public static CheckResult Failed(string input, CheckError error) => new(input, false, error, null, [], [], []);
}

/// <summary>A syntax error with its position.</summary>
internal sealed record CheckError(string Message, string? ControlCode, string? Segment, int? SegmentNumber, int? Element, int? Component, int? Line, int? Column)
{
    public static CheckError From(EdifactSyntaxException e) => new(e.Problem, e.ControlCode, e.Tag,
        e.SegmentNumber > 0 ? e.SegmentNumber : null, e.Element > 0 ? e.Element : null, e.Component > 0 ? e.Component : null,
        e.Position.Line, e.Position.Column);
}

/// <summary>A repair or deviation the reader read past.</summary>
internal sealed record NoteView(string Code, string Message, string? Segment, int Line, int Column, string? ControlCode)
{
    public static NoteView From(ReadNote n) => new(n.Code, n.Message, n.Tag, n.Position.Line, n.Position.Column, n.ControlCode);
}

/// <summary>The envelope facts.</summary>
internal sealed record InterchangeSummary(string Syntax, string? Sender, string? Recipient, string? Reference, string? Application, bool Test, int Messages, string Una);

/// <summary>A message whose type has no reader wired into <c>check</c> yet.</summary>
internal sealed record MessageSummary(string Reference, string Type, string Version, int Segments);

/// <summary>The JSON document <c>check --json</c> prints.</summary>
internal sealed record CheckOutput(IReadOnlyList<CheckResult> Results);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CheckOutput))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;
