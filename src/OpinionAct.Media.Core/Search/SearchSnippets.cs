using Lucene.Net.Search.Highlight;

namespace OpinionAct.Media.Search;

/// <summary>
/// Snippets of about <see cref="Length"/> characters: Lucene's Highlighter re-analyses the stored
/// body (else the dek, else the title) with the article's language chain (in a long text, only the stretches
/// <see cref="SnippetWindows"/> finds around words that may match) and keeps the fragment
/// holding the most distinct query stems (exact, phrase words and typo corrections), with matched
/// words wrapped in &lt;mark&gt; and everything else HTML-escaped; the opening of the text when
/// nothing matches. Term-based scoring (no positions, no in-memory index) keeps it cheap; the
/// words of a phrase are marked wherever they occur in the fragment.
/// </summary>
internal static class SearchSnippets
{
    public const int Length = 200;

    /// <summary>Longest text the highlighter re-analyses per field (bounds the cost of very long articles; later matches fall back to the dek, title or opening).</summary>
    public const int MaxCharsToAnalyze = 10_000;

    public static string For(string language, WeightedTerm[] terms, params string?[] texts)
    {
        if (terms.Length > 0)
        {
            foreach (var text in texts)
            {
                if (!string.IsNullOrWhiteSpace(text) && Highlight(language, terms, text) is { } fragment)
                {
                    return fragment;
                }
            }
        }

        return Opening(texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)));
    }

    /// <summary>The first ~<see cref="Length"/> characters, cut at a word boundary, escaped.</summary>
    public static string Opening(string? text)
    {
        var plain = HtmlTextEncoder.Collapse(text);
        if (plain.Length <= Length)
        {
            return HtmlTextEncoder.Encode(plain);
        }

        var cut = plain.LastIndexOf(' ', Length);
        return HtmlTextEncoder.Encode(plain[..(cut > Length / 2 ? cut : Length)]) + "…";
    }

    /// <summary>Texts up to this length are highlighted whole; longer ones only around the words that may match.</summary>
    public const int WholeTextUpTo = 4 * Length;

    private static string? Highlight(string language, WeightedTerm[] terms, string text)
    {
        if (text.Length <= WholeTextUpTo)
        {
            return Best(language, terms, text)?.ToString().Trim();
        }

        TextFragment? best = null;
        foreach (var (start, length) in SnippetWindows.For(text, terms.Select(t => t.Term), Length))
        {
            if (Best(language, terms, text.Substring(start, length)) is { } fragment && (best is null || fragment.Score > best.Score))
            {
                best = fragment;
            }
        }

        return best?.ToString().Trim();
    }

    /// <summary>The fragment of about <see cref="Length"/> characters holding the most distinct query stems; null when none matches.</summary>
    private static TextFragment? Best(string language, WeightedTerm[] terms, string text)
    {
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HtmlTextEncoder.Instance, new QueryTermScorer(terms))
        {
            TextFragmenter = new SimpleFragmenter(Length),
            MaxDocCharsToAnalyze = MaxCharsToAnalyze,
        };

        try
        {
            // Fragments are not merged: a snippet stays one fragment of about Length characters.
            using var tokens = SearchAnalyzers.ForLanguage(language, surfaceForms: false).GetTokenStream(SearchFields.QueryField, text);
            var best = highlighter.GetBestTextFragments(tokens, text, mergeContiguousFragments: false, maxNumFragments: 1);
            return best.Length > 0 && best[0] is { Score: > 0 } fragment ? fragment : null;
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
    }
}
