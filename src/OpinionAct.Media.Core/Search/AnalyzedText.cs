using Lucene.Net.Analysis.TokenAttributes;

namespace OpinionAct.Media.Search;

/// <summary>
/// A stored text's tokens as the highlighter sees them (the article's language chain without surface forms): where each
/// starts and ends in the text, and its stem. Made once per kept hit and text, so a snippet looks its words up instead
/// of analysing the text again for every query: that analysis was about a sixth of a search (issue 15's profile).
/// </summary>
internal sealed class AnalyzedText
{
    private AnalyzedText(int[] starts, int[] ends, string[] terms, long chars)
    {
        Starts = starts;
        Ends = ends;
        Terms = terms;
        Chars = chars;
    }

    /// <summary>Where each token starts in the text, in order.</summary>
    public int[] Starts { get; }

    /// <summary>Where each token ends in the text (exclusive).</summary>
    public int[] Ends { get; }

    /// <summary>Each token's term (one string per distinct term).</summary>
    public string[] Terms { get; }

    public int Count => Starts.Length;

    /// <summary>What this takes in memory, in characters (2 bytes): the arrays, and each distinct term once.</summary>
    public long Chars { get; }

    /// <summary>
    /// The tokens of <paramref name="text"/>. Kept tokens (<paramref name="kept"/>) hold each distinct term once, which
    /// costs a lookup per token; a stretch analysed for one snippet only and dropped after skips it.
    /// </summary>
    public static AnalyzedText Of(string language, string text, bool kept = true)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        var terms = new List<string>();
        var distinct = kept ? new Dictionary<string, string>(StringComparer.Ordinal) : null;
        long chars = 24;
        using (var tokens = SearchAnalyzers.ForLanguage(language, surfaceForms: false).GetTokenStream(SearchFields.QueryField, text))
        {
            var term = tokens.AddAttribute<ICharTermAttribute>();
            var offset = tokens.AddAttribute<IOffsetAttribute>();
            tokens.Reset();
            while (tokens.IncrementToken())
            {
                var value = term.ToString();
                if (distinct is not null)
                {
                    if (distinct.TryGetValue(value, out var shared))
                    {
                        value = shared;
                    }
                    else
                    {
                        distinct[value] = value;
                        chars += 16 + value.Length;
                    }
                }

                starts.Add(offset.StartOffset);
                ends.Add(offset.EndOffset);
                terms.Add(value);
            }

            tokens.End();
        }

        // Two ints and a reference per token: 16 bytes, 8 characters.
        return new AnalyzedText([.. starts], [.. ends], [.. terms], chars + (8L * starts.Count));
    }

    /// <summary>The first token starting at or after <paramref name="at"/> (<see cref="Count"/> when none does).</summary>
    public int FirstFrom(int at)
    {
        var index = Array.BinarySearch(Starts, at);
        return index >= 0 ? index : ~index;
    }
}
