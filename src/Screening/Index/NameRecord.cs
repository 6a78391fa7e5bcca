using System.Runtime.CompilerServices;

namespace Gateway.Screening.Index;

/// A list name as the scorer reads it: its entry, flags, family-name mask and up to six interned part ids in one
/// 32-byte record, so a candidate costs one cache line instead of a walk over a NormalizedName, its token array and the
/// side arrays (at a million entries those scattered reads, not the arithmetic, were most of a traveller's time).
/// Names of more than six parts keep their <see cref="Text.NormalizedName"/> (<see cref="Count"/> is 0 then).
internal struct NameRecord
{
    public const int MaxParts = 6;

    public int Entry;
    public byte Count;
    public bool Weak;
    public ushort SurnameMask;
    public PartIds Parts;

    [InlineArray(MaxParts)]
    public struct PartIds
    {
        private int _first;
    }
}
