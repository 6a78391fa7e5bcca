using Gateway.Adapters.Edifact;

namespace Gateway.Adapters.Pnrgov;

/// <summary>
/// Collects the deviations the PNRGOV reader reads past. A generator that gets one field wrong gets it wrong in every
/// PNR (127 times in one sample): after the first <see cref="Shown"/> notes of a code, the rest become one summary note.
/// </summary>
internal sealed class PnrNotes
{
    private const int Shown = 3;
    private readonly List<ReadNote> _notes = [];
    private readonly Dictionary<string, (int Count, ReadNote First)> _seen = new(StringComparer.Ordinal);

    internal IReadOnlyList<ReadNote> All
    {
        get
        {
            var all = new List<ReadNote>(_notes);
            foreach (var (code, (count, first)) in _seen)
            {
                if (count > Shown)
                {
                    all.Add(new ReadNote(code, $"{count - Shown} more like the first: {first.Message}", first.Position, first.Tag, first.ControlCode));
                }
            }
            return all;
        }
    }

    internal void Add(string code, string message, Segment at) => Add(new ReadNote(code, message, at.Position, at.Tag));

    internal void Add(ReadNote note)
    {
        int count = _seen.TryGetValue(note.Code, out var seen) ? seen.Count + 1 : 1;
        _seen[note.Code] = (count, seen.First ?? note);
        if (count <= Shown) _notes.Add(note);
    }
}
