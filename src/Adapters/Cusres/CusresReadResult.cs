using Gateway.Adapters.Edifact;
using Gateway.Schemas.Responses;

namespace Gateway.Adapters.Cusres;

/// <summary>The responses read from one interchange, with every repair and skipped segment noted.</summary>
/// <param name="Responses">One per CUSRES message, in order.</param>
/// <param name="Notes">The syntax layer's notes followed by the CUSRES reader's (codes <c>CUSRES-*</c>).</param>
/// <param name="Syntax">The interchange as the syntax layer read it.</param>
public sealed record CusresReadResult(ValueList<BoardingResponse> Responses, ValueList<ReadNote> Notes, EdifactReadResult Syntax);
