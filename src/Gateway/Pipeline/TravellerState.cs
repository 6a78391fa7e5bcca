using Gateway.Domain.Decisions;
using Gateway.Schemas.Manifests;
using Gateway.Screening.Model;

namespace Gateway.Pipeline;

/// <summary>A traveller's state as stored and shown.</summary>
/// <param name="Index">0-based position in the list.</param>
/// <param name="Name">Name as in the passport.</param>
/// <param name="Role">NAD role code.</param>
/// <param name="PnrLocator">RFF+AVF.</param>
/// <param name="PassengerReference">RFF+ABO.</param>
/// <param name="Status"><c>pending</c> until screened, then <c>decided</c>.</param>
/// <param name="Decision">The boarding decision once made.</param>
/// <param name="Landing">The landing decision, for landing applications.</param>
/// <param name="Hits">Watch-list hits with their explanations.</param>
public sealed record TravellerState(
    int Index, PersonName Name, string Role, string? PnrLocator, string? PassengerReference, string Status,
    BoardingDecision? Decision, LandingDecision? Landing, ValueList<Hit> Hits);
