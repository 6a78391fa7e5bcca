using Gateway.Adapters.Edifact;
using Gateway.Schemas.Pnr;

namespace Gateway.Adapters.Pnrgov;

/// <summary>The pushes read from an interchange, and every deviation read past (syntax notes first, then PNRGOV notes).</summary>
public sealed record PnrgovReadResult(ValueList<PnrPush> Pushes, ValueList<ReadNote> Notes);
