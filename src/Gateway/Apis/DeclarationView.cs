using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;

namespace Gateway.Apis;

/// <summary><c>GET /api/v1/declarations/{id}</c>: a general declaration as judged when it was filed, with what was declared.</summary>
public sealed record DeclarationView(string Id, string FlightKey, string Outcome, ValueList<Finding> Findings, DateTimeOffset Received, GeneralDeclaration Declaration);
