namespace Gateway.Schemas.Reports;

/// <summary>
/// One thing a rule found in a report: which rule (stable code), how serious, which article it enforces
/// (<c>Decree 87(2)5</c>), where in the message, which person, and what to do, in English and Korean.
/// </summary>
/// <param name="Code">Stable rule code, e.g. <c>D87-2-1-NAT-UNKNOWN</c> (listed in docs/FINDINGS.md).</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Article">The article enforced, e.g. <c>Decree 87(2)1</c> or <c>Act 73</c>.</param>
/// <param name="Path">Where in the list, as a path over the domain record, e.g. <c>travellers[2].documents[0].number</c>.</param>
/// <param name="TravellerIndex">Zero-based position of the person in the list, when the finding is about one person.</param>
/// <param name="TravellerName">The person's name as sent, when about one person.</param>
/// <param name="Message">Plain English, with the offending value.</param>
/// <param name="MessageKorean">The same in Korean.</param>
public sealed record Finding(
    string Code,
    Severity Severity,
    string Article,
    string Path,
    int? TravellerIndex,
    string? TravellerName,
    string Message,
    string MessageKorean);
