using Gateway.Json;
using Gateway.Schemas.Reports;

namespace Gateway.Apis;

/// <summary><c>GET /api/v1/notices/{id}</c>: a Decree 86 notice as judged when it was filed, with the notice as sent.</summary>
public sealed record NoticeView(string Id, string FlightKey, string Outcome, ValueList<Finding> Findings, DateTimeOffset Received, NoticeDocument Notice);
