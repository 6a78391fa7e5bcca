using Gateway.Schemas.Manifests;

namespace Gateway.Schemas.Reports;

/// <summary>
/// A report as the gateway keeps it: the list as it now stands (after amendments) and its verdict. Amendments
/// are judged against this.
/// </summary>
/// <param name="Manifest">The current list: the first message with every amendment applied.</param>
/// <param name="Report">The verdict on that list, with its history.</param>
/// <param name="FirstReceived">When the first message of the report arrived; Decree 87(5) timing is judged on it.</param>
public sealed record FiledReport(Manifest Manifest, ValidationReport Report, DateTimeOffset FirstReceived);
