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
    private State? _pending;

    public SurfaceFormFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_pending);
            _pending = null;
            var length = _term.Length;
            var buffer = _term.ResizeBuffer(length + 1);
            Array.Copy(buffer, 0, buffer, 1, length);
            buffer[0] = Marker;
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
            _pending = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _seen.Clear();
    }
}
