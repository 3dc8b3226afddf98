namespace OpinionAct.Media.Search;

/// <summary>
/// A query's stems to mark in the snippets of one language, with their weights (exact, phrase and typo-corrected ones,
/// <see cref="SearchQueryBuilder.HighlightTerms"/>), prepared once per query and language instead of once per hit: each
/// stem numbered, so that a fragment counts the distinct stems it holds by number, and the probes
/// <see cref="SnippetWindows"/> looks for in long texts.
/// </summary>
internal sealed class SnippetTerms
{
    private readonly Dictionary<string, (float Weight, int Number)> _stems = new(StringComparer.Ordinal);

    public SnippetTerms(IReadOnlyDictionary<string, float> weights)
    {
        foreach (var (stem, weight) in weights)
        {
            _stems[stem] = (weight, _stems.Count);
        }

        Probes = SnippetWindows.Probes(weights.Keys);
    }

    /// <summary>How many stems there are (numbers run from 0 to this, exclusive).</summary>
    public int Count => _stems.Count;

    /// <summary>The first letters of each stem and the stem's number (<see cref="SnippetWindows.Probes"/>).</summary>
    public IReadOnlyList<(string Probe, int Stem)> Probes { get; }

    /// <summary>The weight and number of <paramref name="term"/> when it is one of the stems.</summary>
    public bool TryGet(string term, out float weight, out int number)
    {
        if (_stems.TryGetValue(term, out var stem))
        {
            (weight, number) = stem;
            return true;
        }

        (weight, number) = (0f, -1);
        return false;
    }
}
