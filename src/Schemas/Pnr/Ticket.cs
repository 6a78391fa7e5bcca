namespace Gateway.Schemas.Pnr;

/// <summary>Gr3: a ticket (TKT) with its amounts, taxes, dates and forms of payment.</summary>
/// <param name="Number">TKT C667 1004 ticket number (null when ticketless).</param>
/// <param name="Type">TKT C667 1001: <c>T</c> ticket, or a ticketless code.</param>
/// <param name="Booklets">TKT C667 7240: number of booklets.</param>
/// <param name="Amounts">MON: B base fare, T total…</param>
/// <param name="Pricing">PTK segments, as sent.</param>
/// <param name="Taxes">TXD.</param>
/// <param name="Dates">DAT: 710 issue date.</param>
/// <param name="Payments">Gr4: FOP with payer text and address.</param>
public sealed record Ticket(
    string? Number,
    string? Type,
    string? Booklets,
    ValueList<MonetaryAmount> Amounts,
    ValueList<PnrSegment> Pricing,
    ValueList<Tax> Taxes,
    ValueList<QualifiedPnrDate> Dates,
    ValueList<Payment> Payments);

/// <summary>A MON amount: qualifier (B base, T total), amount as sent, currency.</summary>
public sealed record MonetaryAmount(string? Qualifier, string? Amount, string? Currency);

/// <summary>A TXD tax: amount as sent, currency, tax code.</summary>
public sealed record Tax(string? Amount, string? Currency, string? Code);

/// <summary>Gr4: a form of payment (FOP) and the payer's text (IFT) and address (ADD).</summary>
/// <param name="Type">FOP 9888: CC card, CA cash, CK cheque, MS miscellaneous…</param>
/// <param name="OldIndicator">FOP 9988.</param>
/// <param name="Amount">FOP 5004, as sent.</param>
/// <param name="Vendor">Card vendor code (VI, MA, AX…).</param>
/// <param name="Account">Card or account number, usually masked.</param>
/// <param name="Expiry">Card expiry MMYY.</param>
/// <param name="Texts">IFT of the payer (name, address, phone).</param>
/// <param name="Addresses">ADD of the payer.</param>
public sealed record Payment(
    string? Type,
    string? OldIndicator,
    string? Amount,
    string? Vendor,
    string? Account,
    string? Expiry,
    ValueList<FreeText> Texts,
    ValueList<PnrAddress> Addresses);
