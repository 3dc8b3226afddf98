using Lucene.Net.Index;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace OpinionAct.Media.Search;

/// <summary>
/// Typo tolerance: the fuzzy term enumeration behind FuzzyQuery (a Levenshtein automaton, one edit,
/// a transposition counting as one) run over the surface forms that <see cref="SurfaceFormFilter"/>
/// put in the title and body fields of the current reader: the words the index actually holds. Each such word is stemmed like the
/// text; stems that differ from the typed word's own are searched as extra terms (at
/// <see cref="SearchFields.FuzzyFactor"/> of the exact boost) and highlighted in snippets. Resolving
/// to stems means a correctly spelt word costs one dictionary lookup, not a second pass over its postings.
/// </summary>
internal static class TypoCorrections
{
    /// <summary>Most words one edit away that are considered, per field.</summary>
    public const int MaxExpansions = 20;

    /// <summary>Most expert-name terms read one by one before an automaton is cheaper.</summary>
    public const int MaxNamesScanned = 2_000;

    private static readonly string[] Fields = [SearchFields.Title, SearchFields.Body];

    /// <summary>Most words whose corrections are kept per reader.</summary>
    public const int KeptPerReader = 1_024;

    // The corrections already looked up, per reader: they depend only on the reader's terms and the word.
    private static readonly ReaderMemo<IndexReader, string, (string[] French, string[] English, string[] Names)> Kept =
        new(KeptPerReader, StringComparer.Ordinal);

    /// <summary>
    /// The stems of the indexed words one edit from the word, for each language (French, English), never the word's
    /// own stems; and the expert names one edit from it, never the word's own folded form. Looked up once per reader
    /// and word: the intersections with the terms dictionaries were a fifth of a search on the demo hub (issue 15).
    /// </summary>
    public static (string[] French, string[] English, string[] Names) For(IndexReader reader, QueryWord word) =>
        word.FuzzySurface is null ? ([], [], []) : Kept.GetOrAdd(reader, word.TypoKey, word, LookUp);

    /// <summary>How many words' corrections are kept for <paramref name="reader"/> (for tests).</summary>
    internal static int KeptFor(IndexReader reader) => Kept.Count(reader);

    private static (string[] French, string[] English, string[] Names) LookUp(IndexReader reader, QueryWord word)
    {
        // Lucene's Levenshtein construction yields a deterministic automaton; compiling it costs a UTF-8 conversion
        // only, and TypoAutomata keeps it for the next search of the same word. Concatenating the marker in front (as a prefix) would make it non-deterministic and cost a
        // determinisation per word, most of a search's time on a small hub. The marker goes into the string instead:
        // an edit spent on the marker leaves a term without it, which the filter below drops.
        var surfaces = TypoAutomata.For(SurfaceFormFilter.Marker + word.FuzzySurface);
        var french = For(reader, word, SearchFields.French, surfaces);
        var english = For(reader, word, SearchFields.English, surfaces);

        var names = Names(reader, word)
            .Where(name => !word.Names.Contains(name, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return (french, english, names);
    }

    /// <summary>
    /// The expert names one edit from the word. A hub has a few dozen names: reading them all is cheaper than building
    /// an automaton (or the two a FuzzyQuery would build while being rewritten); past <see cref="MaxNamesScanned"/>
    /// terms, the automaton.
    /// </summary>
    private static IEnumerable<string> Names(IndexReader reader, QueryWord word)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.ExpertNames);
        if (terms is null)
        {
            return [];
        }

        var found = new List<string>();
        var all = terms.GetEnumerator();
        var scanned = 0;
        while (all.MoveNext())
        {
            if (++scanned > MaxNamesScanned)
            {
                return Matches(reader, SearchFields.ExpertNames, TypoAutomata.For(word.FuzzySurface!));
            }

            var name = all.Term.Utf8ToString();
            if (OneEdit.Within(name, word.FuzzySurface) && found.Count < MaxExpansions)
            {
                found.Add(name);
            }
        }

        return found;
    }

    /// <summary>At most <see cref="MaxExpansions"/> terms of the field that the automaton accepts, in term order.</summary>
    private static IEnumerable<string> Matches(IndexReader reader, string field, CompiledAutomaton automaton)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            yield break;
        }

        // The engine of FuzzyQuery, enumerated directly: no scoring rewrite, no postings read.
        var matches = automaton.GetTermsEnum(terms);
        var found = 0;
        while (found++ < MaxExpansions && matches.MoveNext())
        {
            yield return matches.Term.Utf8ToString();
        }
    }

    private static string[] For(IndexReader reader, QueryWord word, string language, CompiledAutomaton automaton)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            candidates.UnionWith(Matches(reader, SearchFields.Text(field, language), automaton));
        }

        var own = word.For(language);
        var analyzer = SearchAnalyzers.ForLanguage(language, surfaceForms: false);
        return candidates
            .Where(text => text.Length > 1 && text[0] == SurfaceFormFilter.Marker)
            .SelectMany(text => SearchAnalyzers.Analyze(analyzer, text[1..]))
            .Select(token => token.Term)
            .Where(stem => !own.Contains(stem, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
