using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

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

    /// <summary>The marker: only surface forms are enumerated.</summary>
    private const int PrefixLength = 1;

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

        // The Levenshtein automata depend on the text only: one attribute source shares them
        // between the four enumerations (two fields, two languages).
        var automata = new AttributeSource();
        return (For(reader, word, SearchFields.French, automata), For(reader, word, SearchFields.English, automata));
    }

    private static string[] For(IndexReader reader, QueryWord word, string language, AttributeSource automata)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            var name = SearchFields.Text(field, language);
            var terms = MultiFields.GetTerms(reader, name);
            if (terms is null)
            {
                continue;
            }

            // The engine of FuzzyQuery, enumerated directly: no scoring rewrite, no postings read.
            var fuzzy = new FuzzyTermsEnum(terms, automata, new Term(name, SurfaceFormFilter.Marker + word.FuzzySurface), MaxEdits, PrefixLength, transpositions: true);
            var found = 0;
            while (found++ < MaxExpansions && fuzzy.MoveNext())
            {
                candidates.Add(fuzzy.Term.Utf8ToString());
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
