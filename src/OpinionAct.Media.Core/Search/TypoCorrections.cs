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

    private const int MaxEdits = 1;

    private static readonly string[] Fields = [SearchFields.Title, SearchFields.Body];

    /// <summary>
    /// The stems of the indexed words one edit from the word, for each language (French, English);
    /// never the word's own stems.
    /// </summary>
    public static (string[] French, string[] English) For(IndexReader reader, QueryWord word)
    {
        if (word.FuzzySurface is null)
        {
            return ([], []);
        }

        // One compiled automaton per word, shared by the four enumerations (two fields, two languages): compiling
        // it (UTF-8 conversion, determinisation) is most of the cost. FuzzyTermsEnum compiles one per distance
        // up to the maximum (0 and 1), per attribute source; this compiles the one for distance 1, which accepts
        // exactly the same terms (the word itself included).
        var automaton = Compile(word.FuzzySurface);
        return (For(reader, word, SearchFields.French, automaton), For(reader, word, SearchFields.English, automaton));
    }

    /// <summary>The marker, then any text at most <see cref="MaxEdits"/> edits from the surface (a transposition counts as one).</summary>
    private static CompiledAutomaton Compile(string surface)
    {
        var levenshtein = new LevenshteinAutomata(surface, withTranspositions: true).ToAutomaton(MaxEdits);
        var marked = BasicOperations.Concatenate(BasicAutomata.MakeString(SurfaceFormFilter.Marker.ToString()), levenshtein);
        return new CompiledAutomaton(marked, finite: true, simplify: false);
    }

    private static string[] For(IndexReader reader, QueryWord word, string language, CompiledAutomaton automaton)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            var terms = MultiFields.GetTerms(reader, SearchFields.Text(field, language));
            if (terms is null)
            {
                continue;
            }

            // The engine of FuzzyQuery, enumerated directly: no scoring rewrite, no postings read.
            var matches = automaton.GetTermsEnum(terms);
            var found = 0;
            while (found++ < MaxExpansions && matches.MoveNext())
            {
                candidates.Add(matches.Term.Utf8ToString());
            }
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
