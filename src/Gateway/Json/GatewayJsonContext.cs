using System.Text.Json.Serialization;
using Gateway.Apis;
using Gateway.Domain.Decisions;
using Gateway.Pipeline;
using Gateway.Schemas.Reports;
using Gateway.Submissions;

namespace Gateway.Json;

/// <summary>
/// Source-generated JSON for the API and for what the store keeps as JSON. <see cref="ValueList{T}"/> carries its own
/// converter (a plain array), so the generator lists its item types here instead of the lists (SYSLIB1030 is expected).
/// </summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ManifestDocument))]
[JsonSerializable(typeof(DeclarationDocument))]
[JsonSerializable(typeof(NoticeDocument))]
[JsonSerializable(typeof(PnrRequestDocument))]
[JsonSerializable(typeof(LandingApplication))]
[JsonSerializable(typeof(JudgedAnswer))]
[JsonSerializable(typeof(DeclarationView))]
[JsonSerializable(typeof(NoticeView))]
[JsonSerializable(typeof(PnrPushAnswer))]
[JsonSerializable(typeof(PnrRequestView))]
[JsonSerializable(typeof(IReadOnlyList<PnrRequestView>))]
[JsonSerializable(typeof(LandingAnswer))]
[JsonSerializable(typeof(Gateway.Schemas.Pnr.PnrPush))]
[JsonSerializable(typeof(Gateway.Schemas.Manifests.GeneralDeclaration))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(Gateway.Screening.Model.Hit))]
[JsonSerializable(typeof(ReportSummary))]
[JsonSerializable(typeof(PassengerAnswer))]
[JsonSerializable(typeof(DecisionReason))]
[JsonSerializable(typeof(Gateway.Schemas.Manifests.Traveller))]
[JsonSerializable(typeof(FiledReport))]
[JsonSerializable(typeof(TravellerState))]
[JsonSerializable(typeof(ManifestAnswer))]
[JsonSerializable(typeof(ReportView))]
[JsonSerializable(typeof(InteractiveAnswer))]
[JsonSerializable(typeof(Gateway.Submissions.StoredInteractive))]
[JsonSerializable(typeof(StatusUpdate))]
[JsonSerializable(typeof(UpdatesPage))]
[JsonSerializable(typeof(PipelineEvent))]
[JsonSerializable(typeof(WatchListAnswer))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))]
[JsonSerializable(typeof(Gateway.Extensions.HealthStatus))]
[JsonSerializable(typeof(Gateway.Apis.RuntimeStatus))]
public sealed partial class GatewayJsonContext : JsonSerializerContext;
