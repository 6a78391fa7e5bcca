using Gateway.Adapters.Edifact;
using Gateway.Schemas.Manifests;

namespace Gateway.Adapters.Paxlst;

/// <summary>The lists read from one interchange (multi-part messages assembled), with every repair and deviation noted.</summary>
public sealed record PaxlstReadResult(ValueList<Manifest> Manifests, ValueList<ReadNote> Notes);
