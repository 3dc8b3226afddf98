using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace OpinionAct.Media.Search;

/// <summary>
/// Adds to the term dictionary the folded surface form of each word of <see cref="MinLength"/>+
/// characters, prefixed with <see cref="Marker"/> and marked as a keyword so that the stemmer leaves
/// it alone. Typo tolerance looks these up with a fuzzy (one edit) match: "renovaton" is one edit
/// from "~renovation" but four from its stem "renov". Only the dictionary matters, so each distinct
/// word is emitted once per field value, at the position of its first occurrence.
/// </summary>
internal sealed class SurfaceFormFilter : TokenFilter
{
    public const char Marker = '~';

    public const int MinLength = 4;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IKeywordAttribute _keyword;
    private readonly CharArraySet _seen = new(SearchAnalyzers.Version, 256, ignoreCase: false);

    // The pending surface form: its characters only. Capturing and restoring the whole attribute state cloned
    // every attribute of the chain for each distinct word (a quarter of indexing time). Nothing but the term
    // changes between the word and its surface form: the stemmer downstream rewrites the term in place and
    // leaves offsets, type and the rest alone; the position increment and keyword flag are set below.
    private char[] _pending = new char[32];
    private int _pendingLength = -1;

    public SurfaceFormFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingLength >= 0)
        {
            var length = _pendingLength;
            _pendingLength = -1;
            var buffer = _term.ResizeBuffer(length + 1);
            buffer[0] = Marker;
            Array.Copy(_pending, 0, buffer, 1, length);
            _term.SetLength(length + 1);
            _position.PositionIncrement = 0;
            _keyword.IsKeyword = true;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = _term.Buffer;
        if (_term.Length >= MinLength && !_keyword.IsKeyword && !_seen.Contains(word, 0, _term.Length))
        {
            _seen.Add(_term.ToString());
            if (_pending.Length < _term.Length)
            {
                _pending = new char[_term.Length];
            }

            Array.Copy(word, 0, _pending, 0, _term.Length);
            _pendingLength = _term.Length;
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pendingLength = -1;
        _seen.Clear();
    }
}
