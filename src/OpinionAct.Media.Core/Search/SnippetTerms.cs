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

    // The first characters of the stems, one bit per ASCII character, and whether any stem starts with another: most
    // words of a text share no first letter with any stem, and this answers them without hashing the word.
    private readonly UInt128 _asciiFirsts;

    private readonly bool _otherFirsts;

    public SnippetTerms(IReadOnlyDictionary<string, float> weights)
    {
        foreach (var (stem, weight) in weights)
        {
            _stems[stem] = (weight, _stems.Count);
            var first = stem.Length > 0 ? stem[0] : '\0';
            if (first < 128)
            {
                _asciiFirsts |= UInt128.One << first;
            }
            else
            {
                _otherFirsts = true;
            }
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
        var first = term.Length > 0 ? term[0] : '\0';
        var maybe = first < 128 ? (_asciiFirsts & (UInt128.One << first)) != UInt128.Zero : _otherFirsts;
        if (maybe && _stems.TryGetValue(term, out var stem))
        {
            (weight, number) = stem;
            return true;
        }

        (weight, number) = (0f, -1);
        return false;
    }
}
