using Gateway.Domain.Decisions;
using Gateway.Pipeline;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Screening.Model;

namespace Gateway.Apis;

/// <summary><c>GET /api/v1/manifests/{id}</c>: the report, its history, and each traveller's screening status and decision.</summary>
public sealed record ReportView(
    string ReportId, string Carrier, string Kind, string FlightKey, string Outcome, DateTimeOffset Received,
    ValidationReport Report, Conveyance Conveyance, ValueList<TravellerState> Travellers);

/// <summary>A page of the feed; <see cref="Next"/> is the cursor for the following request.</summary>
public sealed record UpdatesPage(long Next, ValueList<StatusUpdate> Updates);

/// <summary>The answer to a watch-list replacement.</summary>
public sealed record WatchListAnswer(string Name, int Entries, long Snapshot);
