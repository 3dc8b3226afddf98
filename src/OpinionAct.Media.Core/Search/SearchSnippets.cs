using System.Text;

namespace OpinionAct.Media.Search;

/// <summary>
/// Snippets of about <see cref="Length"/> characters: the stored body (else the dek, else the title) is cut into
/// fragments of about <see cref="Length"/> characters (in a long text, only the stretches <see cref="SnippetWindows"/>
/// finds around words that may match), and the fragment holding the most distinct query stems (exact, phrase words and
/// typo corrections, by weight) is kept, with matched words wrapped in &lt;mark&gt; and everything else HTML-escaped;
/// the opening of the text when nothing matches. Term-based scoring (no positions) keeps it cheap; the words of a phrase
/// are marked wherever they occur in the fragment.
/// </summary>
/// <remarks>
/// The fragments and their scores are those of Lucene's Highlighter with a <c>SimpleFragmenter</c> of
/// <see cref="Length"/> characters and a <c>QueryTermScorer</c>, which this class replaced (a test holds the two
/// equal): a new fragment starts after the word whose successor ends at or past the next multiple of
/// <see cref="Length"/>; a fragment scores the weights of the distinct query stems in it; the first of equal scores
/// wins. Unlike the highlighter it reads the words from the hit's kept tokens (<see cref="StoredHit.Tokens"/>)
/// instead of analysing the text again for every query (a long text shown for the first time has its windows analysed
/// alone, as the highlighter did).
/// </remarks>
internal static class SearchSnippets
{
    public const int Length = 200;

    /// <summary>Longest stretch of text a snippet is looked for in at once (later words are not read).</summary>
    public const int MaxCharsToAnalyze = 10_000;

    /// <summary>Texts up to this length are highlighted whole; longer ones only around the words that may match.</summary>
    public const int WholeTextUpTo = 4 * Length;

    private const string MarkStart = "<mark>";
    private const string MarkEnd = "</mark>";

    public static string For(StoredHit hit, SnippetTerms terms)
    {
        if (terms.Count > 0)
        {
            for (var index = 0; index < StoredHit.SnippetTexts; index++)
            {
                if (!string.IsNullOrWhiteSpace(hit.SnippetText(index)) && Highlight(hit, index, terms) is { } fragment)
                {
                    return fragment;
                }
            }
        }

        for (var index = 0; index < StoredHit.SnippetTexts; index++)
        {
            if (!string.IsNullOrWhiteSpace(hit.SnippetText(index)))
            {
                return hit.Opening(index);
            }
        }

        return string.Empty;
    }

    /// <summary>The first ~<see cref="Length"/> characters, cut at a word boundary, escaped.</summary>
    public static string Opening(string? text)
    {
        // One character past the length tells whether there is more, and where the last word before it ends.
        var plain = HtmlTextEncoder.Collapse(text, Length + 1);
        if (plain.Length <= Length)
        {
            return HtmlTextEncoder.Encode(plain);
        }

        var cut = plain.LastIndexOf(' ', Length);
        return HtmlTextEncoder.Encode(plain[..(cut > Length / 2 ? cut : Length)]) + "…";
    }

    private static string? Highlight(StoredHit hit, int index, SnippetTerms terms)
    {
        var text = hit.SnippetText(index);
        if (text.Length <= WholeTextUpTo)
        {
            return Best(text, hit.Analyzed(index), 0, text.Length, terms)?.Html.Trim();
        }

        var tokens = hit.Tokens(index); // null: a long text shown only a few times, only its windows are analysed

        Fragment? best = null;
        // Only the body is ever longer than WholeTextUpTo in practice; a long dek or title is folded here each time.
        var folded = index == 0 ? hit.Folded : SnippetWindows.Fold(text);
        foreach (var (start, length) in SnippetWindows.For(text, folded, terms.Probes, Length))
        {
            Fragment? fragment;
            if (tokens is null || Cuts(tokens, start, start + length))
            {
                var stretch = text.Substring(start, length);
                fragment = Best(stretch, AnalyzedText.Of(hit.Language, stretch, kept: false), 0, length, terms);
            }
            else
            {
                fragment = Best(text, tokens, start, start + length, terms);
            }

            if (fragment is not null && (best is null || fragment.Score > best.Score))
            {
                best = fragment;
            }
        }

        return best?.Html.Trim();
    }

    /// <summary>
    /// Whether a stretch starts or ends inside a word (a window cut where no space was near). Analysed alone, as every
    /// stretch used to be, it would hold part of that word as a token of its own; such a part lies at least a fragment
    /// away from the words that match, so it cannot change the snippet chosen, but the stretch is then analysed alone
    /// anyway, so that the snippet stays the highlighter's by construction rather than by that argument.
    /// </summary>
    private static bool Cuts(AnalyzedText tokens, int from, int to)
    {
        var first = tokens.FirstFrom(from);
        var after = tokens.FirstFrom(to);
        return (first > 0 && tokens.Ends[first - 1] > from) || (after > 0 && tokens.Ends[after - 1] > to);
    }

    /// <summary>
    /// The best fragment of the stretch [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>, its
    /// words marked; null when no fragment scores above zero. Fragment sizes count from <paramref name="from"/>. The
    /// fragments are scored first from the tokens alone; only the one kept is written out.
    /// </summary>
    private static Fragment? Best(string text, AnalyzedText tokens, int from, int to, SnippetTerms terms)
    {
        var first = tokens.FirstFrom(from);
        var last = first; // the tokens read are [first, last)
        while (last < tokens.Count && tokens.Ends[last] <= to && tokens.Starts[last] - from < MaxCharsToAnalyze)
        {
            last++;
        }

        // A fragment is a run of tokens, each written with the text between it and the one before. A new one starts at
        // the token that ends at or past the next multiple of Length; the first of equal scores wins.
        var seen = terms.Count <= 64 ? stackalloc int[terms.Count] : new int[terms.Count]; // the fragment that last counted each stem
        var fragments = 1;
        var fragmentStart = first;
        var fragmentScore = 0f;
        var written = from; // how far the text is written once the tokens before the current one are
        var fragmentWritten = from;
        (int Start, int End, int Written, float Score)? best = null;
        for (var token = first; token < last; token++)
        {
            if (token > first && tokens.Ends[token] - from >= Length * fragments)
            {
                fragments++;
                if (best is null || fragmentScore > best.Value.Score)
                {
                    best = (fragmentStart, token, fragmentWritten, fragmentScore);
                }

                (fragmentStart, fragmentWritten, fragmentScore) = (token, written, 0f);
            }

            if (terms.TryGet(tokens.Terms[token], out var weight, out var number) && seen[number] != fragments)
            {
                seen[number] = fragments;
                fragmentScore += weight;
            }

            written = Math.Max(written, tokens.Ends[token]);
        }

        if (best is null || fragmentScore > best.Value.Score)
        {
            best = (fragmentStart, last, fragmentWritten, fragmentScore);
        }

        if (best is not { Score: > 0 } kept)
        {
            return null;
        }

        var html = new StringBuilder(2 * Length);
        written = kept.Written;
        for (var token = kept.Start; token < kept.End; token++)
        {
            var (start, end) = (tokens.Starts[token], tokens.Ends[token]);
            if (start > written)
            {
                HtmlTextEncoder.Append(html, text.AsSpan(written, start - written));
            }

            var marked = terms.TryGet(tokens.Terms[token], out var weight, out _) && weight > 0;
            html.Append(marked ? MarkStart : string.Empty);
            HtmlTextEncoder.Append(html, text.AsSpan(start, end - start));
            html.Append(marked ? MarkEnd : string.Empty);

            written = Math.Max(written, end);
        }

        // The text after the last token belongs to the last fragment.
        if (kept.End == last && written < to && to - from <= MaxCharsToAnalyze)
        {
            HtmlTextEncoder.Append(html, text.AsSpan(written, to - written));
        }

        return new Fragment(html.ToString(), kept.Score);
    }

    private sealed record Fragment(string Html, float Score);
}
