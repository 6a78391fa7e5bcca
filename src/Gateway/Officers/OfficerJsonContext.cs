using System.Text.Json.Serialization;
using Gateway.Security;

namespace Gateway.Officers;

/// <summary>Source-generated JSON of the officer routes and what they store (hits, audit entries).</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HitDetail))]
[JsonSerializable(typeof(HitSummary))]
[JsonSerializable(typeof(HitSummary[]))]
[JsonSerializable(typeof(HitPage))]
[JsonSerializable(typeof(HitReview))]
[JsonSerializable(typeof(HitDocument))]
[JsonSerializable(typeof(ReviewRequest))]
[JsonSerializable(typeof(StreamTicket))]
[JsonSerializable(typeof(AuditEntry))]
[JsonSerializable(typeof(AuditView))]
[JsonSerializable(typeof(AuditPage))]
[JsonSerializable(typeof(AuditVerification))]
[JsonSerializable(typeof(OfficerView))]
[JsonSerializable(typeof(Gateway.Apis.PnrSearchPage))]
[JsonSerializable(typeof(string))]
public sealed partial class OfficerJsonContext : JsonSerializerContext;

/// <summary>Who is signed in (<c>GET /api/v1/officers/me</c>).</summary>
public sealed record OfficerView(string Id, string Pin, ValueList<string> Roles, DateTimeOffset Expires)
{
    /// <summary>The view of an officer.</summary>
    public static OfficerView Of(Officer o) => new(o.Id, o.Pin, ValueList.Of([.. o.Roles]), o.Expires);
}
