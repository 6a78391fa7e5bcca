using Gateway.Schemas;
using Gateway.Schemas.Reports;

namespace Gateway.Domain.Validation;

/// <summary>The result of applying an amendment to a filed report.</summary>
/// <param name="Report">The report as it now stands (unchanged when the amendment was not applied).</param>
/// <param name="Applied">False when the amendment was for another flight and was refused.</param>
/// <param name="MessageFindings">Findings about the amendment message itself (refusal, unknown travellers, unknown function).</param>
public sealed record AmendResult(FiledReport Report, bool Applied, ValueList<Finding> MessageFindings);
