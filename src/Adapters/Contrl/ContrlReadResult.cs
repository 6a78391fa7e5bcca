using Gateway.Adapters.Edifact;

namespace Gateway.Adapters.Contrl;

/// <summary>The CONTRL reports read from one interchange.</summary>
/// <param name="Reports">One per CONTRL message.</param>
/// <param name="Notes">The syntax layer's notes followed by the CONTRL reader's (codes <c>CONTRL-*</c>).</param>
/// <param name="Syntax">The interchange as the syntax layer read it.</param>
public sealed record ContrlReadResult(ValueList<ContrlReport> Reports, ValueList<ReadNote> Notes, EdifactReadResult Syntax);
