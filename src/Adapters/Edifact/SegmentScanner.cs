using System.Buffers;

namespace Gateway.Adapters.Edifact;

/// <summary>
/// The tokenizer: cuts interchange text into segments and their components, honouring the release character, without
/// allocating per token. Line breaks inside a segment (hard-wrapped Type-B and e-mail traffic) are skipped and
/// reported; white space and control characters between segments are skipped. Values are materialised by
/// <see cref="GetValue"/>, which slices directly unless the token held a release character or a line break.
/// </summary>
internal sealed class SegmentScanner
{
    internal const byte TagToken = 0, ElementToken = 1, ComponentToken = 2, RepetitionToken = 3;
    private const byte Released = 1, Wrapped = 2;

    private readonly string _text;
    private readonly int _end;
    private readonly Delimiters _d;

    internal Delimiters Delimiters => _d;
    private readonly SearchValues<char> _stops;
    private Token[] _tokens = new Token[64];
    private int _pos;
    private int _line;
    private int _lineStart;

    internal SegmentScanner(string text, int start, int end, Delimiters delimiters, int line, int lineStart)
    {
        _text = text;
        _pos = start;
        _end = end;
        _d = delimiters;
        _line = line;
        _lineStart = lineStart;
        Span<char> stops = [delimiters.Component, delimiters.Element, delimiters.Release, delimiters.Segment, '\r', '\n', delimiters.Repetition ?? delimiters.Segment];
        _stops = SearchValues.Create(stops);
    }

    /// <summary>The tokens of the current segment: the tag first, then each element, component and repetition start.</summary>
    internal ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, TokenCount);

    internal int TokenCount { get; private set; }

    /// <summary>Where the current segment starts.</summary>
    internal SourcePosition SegmentPosition { get; private set; }

    /// <summary>Where the first line break inside the current segment was, if any.</summary>
    internal SourcePosition? FirstBreak { get; private set; }

    /// <summary>Line breaks inside the current segment.</summary>
    internal int Breaks { get; private set; }

    /// <summary>False when input ended before the current segment's terminator.</summary>
    internal bool Terminated { get; private set; }

    /// <summary>The offset just after the last segment read.</summary>
    internal int Offset => _pos;

    internal SourcePosition PositionAt(int offset) => new(_line, offset - _lineStart + 1, offset);

    /// <summary>Reads the next segment's tokens. Returns false at the end of the input.</summary>
    internal bool Next()
    {
        var text = _text;
        int i = _pos;
        while (i < _end && text[i] <= ' ')
        {
            if (text[i] == '\n') { _line++; _lineStart = i + 1; }
            i++;
        }
        TokenCount = 0;
        Breaks = 0;
        FirstBreak = null;
        if (i >= _end) { _pos = i; return false; }
        SegmentPosition = new SourcePosition(_line, i - _lineStart + 1, i);

        int start = i;
        byte kind = TagToken, flags = 0;
        while (true)
        {
            int hit = i < _end ? text.AsSpan(i, _end - i).IndexOfAny(_stops) : -1;
            if (hit < 0)
            {
                Add(start, _end, kind, flags);
                _pos = _end;
                Terminated = false;
                return true;
            }
            i += hit;
            char c = text[i];
            if (c == _d.Release)
            {
                if (i + 1 >= _end)
                {
                    throw new EdifactSyntaxException("the release character ends the input: nothing follows it to release",
                        PositionAt(i), SyntaxCodes.InvalidServiceCharacter, CurrentTag(start, kind), 0);
                }
                flags |= Released;
                i++;
                while (i < _end && text[i] is '\r' or '\n') // a hard wrap right after the release character
                {
                    if (text[i] == '\n') { Breaks++; FirstBreak ??= PositionAt(i); _line++; _lineStart = i + 1; }
                    flags |= Wrapped;
                    i++;
                }
                if (i >= _end)
                {
                    throw new EdifactSyntaxException("the release character ends the input: nothing follows it to release",
                        PositionAt(_end), SyntaxCodes.InvalidServiceCharacter, CurrentTag(start, kind), 0);
                }
                i++;
                continue;
            }
            if (c is '\r' or '\n')
            {
                if (c == '\n')
                {
                    Breaks++;
                    FirstBreak ??= PositionAt(i);
                    _line++;
                    _lineStart = i + 1;
                }
                flags |= Wrapped;
                i++;
                continue;
            }
            Add(start, i, kind, flags);
            flags = 0;
            start = i + 1;
            if (c == _d.Segment)
            {
                _pos = i + 1;
                Terminated = true;
                return true;
            }
            kind = c == _d.Element ? ElementToken : c == _d.Component ? ComponentToken : RepetitionToken;
            i++;
        }
    }

    private string? CurrentTag(int start, byte kind) => kind == TagToken && TokenCount == 0 ? null : GetValue(_tokens[0]);

    private void Add(int start, int end, byte kind, byte flags)
    {
        if (TokenCount == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
        _tokens[TokenCount++] = new Token(start, end, kind, flags);
    }

    /// <summary>The unescaped text of a token.</summary>
    internal string GetValue(Token token)
    {
        int length = token.End - token.Start;
        if (length == 0) return string.Empty;
        return token.Flags == 0 ? _text.Substring(token.Start, length) : Unescape(token);
    }

    private string Unescape(Token token)
    {
        var buffer = token.End - token.Start <= 256 ? stackalloc char[256] : new char[token.End - token.Start];
        int n = 0;
        for (int i = token.Start; i < token.End; i++)
        {
            char c = _text[i];
            if (c == _d.Release)
            {
                i++;
                while (_text[i] is '\r' or '\n') i++; // a wrap right after the release character
                buffer[n++] = _text[i];
                continue;
            }
            if (c is '\r' or '\n') continue;
            buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    /// <summary>A token: its character range, what starts with it, and whether it needs unescaping.</summary>
    internal readonly record struct Token(int Start, int End, byte Kind, byte Flags);
}
