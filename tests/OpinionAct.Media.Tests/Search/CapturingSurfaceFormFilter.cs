using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

/// <summary>
/// The surface-form filter as first written (capturing and restoring the whole attribute state), kept as the
/// reference the faster <see cref="SurfaceFormFilter"/> must match token for token.
/// </summary>
internal sealed class CapturingSurfaceFormFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IKeywordAttribute _keyword;
    private readonly CharArraySet _seen = new(SearchAnalyzers.Version, 256, ignoreCase: false);
    private State? _pending;

    public CapturingSurfaceFormFilter(TokenStream input)
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
            buffer[0] = SurfaceFormFilter.Marker;
            _term.SetLength(length + 1);
            _position.PositionIncrement = 0;
            _keyword.IsKeyword = true;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_term.Length >= SurfaceFormFilter.MinLength && !_keyword.IsKeyword && !_seen.Contains(_term.Buffer, 0, _term.Length))
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
