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

    private const int MaxEdits = 1;

    private static readonly string[] Fields = [SearchFields.Title, SearchFields.Body];

    /// <summary>
    /// The stems of the indexed words one edit from the word, for each language (French, English), never the word's
    /// own stems; and the expert names one edit from it, never the word's own folded form.
    /// </summary>
    public static (string[] French, string[] English, string[] Names) For(IndexReader reader, QueryWord word)
    {
        if (word.FuzzySurface is null)
        {
            return ([], [], []);
        }

        // Lucene's Levenshtein construction yields a deterministic automaton; compiling it costs a UTF-8 conversion
        // only. Concatenating the marker in front (as a prefix) would make it non-deterministic and cost a
        // determinisation per word, most of a search's time on a small hub. The marker goes into the string instead:
        // an edit spent on the marker leaves a term without it, which the filter below drops.
        var surfaces = Compile(SurfaceFormFilter.Marker + word.FuzzySurface);
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
                return Matches(reader, SearchFields.ExpertNames, Compile(word.FuzzySurface!));
            }

            var name = all.Term.Utf8ToString();
            if (OneEdit.Within(name, word.FuzzySurface) && found.Count < MaxExpansions)
            {
                found.Add(name);
            }
        }

        return found;
    }

    /// <summary>
    /// Any text at most <see cref="MaxEdits"/> edits from <paramref name="text"/> (a transposition counts as one). The
    /// indexed surface forms are ASCII-folded, so for an ASCII word the edits range over ASCII only: the automaton's
    /// UTF-8 form then has one byte per character and compiles several times faster than one open to every code
    /// point. A word with other characters (a script the folding leaves alone) keeps the full range.
    /// </summary>
    private static CompiledAutomaton Compile(string text)
    {
        var levenshtein = System.Text.Ascii.IsValid(text)
            ? new LevenshteinAutomata(text.Select(c => (int)c).ToArray(), alphaMax: 0x7F, withTranspositions: true)
            : new LevenshteinAutomata(text, withTranspositions: true);
        return new CompiledAutomaton(levenshtein.ToAutomaton(MaxEdits), finite: true, simplify: false);
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
