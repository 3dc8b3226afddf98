namespace OpinionAct.Media.Search;

/// <summary>
/// Splits a normalised query into "quoted phrases" and words, and analyses each for French and
/// English. User text only ever becomes terms: quotes are the one character with a meaning, and an
/// unbalanced quote is ignored.
/// </summary>
internal static class SearchQueryParser
{
    /// <summary>Words and phrases beyond this many are ignored (the normalised query is 200 characters at most anyway).</summary>
    public const int MaxClauses = 16;

    /// <summary>Words this long or longer (folded) also match with one typo.</summary>
    public const int FuzzyMinLength = 5;

    /// <summary>Most analysed words kept (a word and its four analyses take a few hundred bytes).</summary>
    public const int KeptWords = 4_096;

    // Words analysed recently, as TypoAutomata keeps their automata: a word's analyses depend on the word alone, and
    // running four analysis chains over each word of each query was a seventh of a search on the demo hub (issue 15).
    // The value is null for a stop word, which is dropped.
    private static readonly BoundedMemo<(string Raw, bool Fuzzy), AnalysedWord?> Analysed = new(KeptWords);

    /// <summary>How many analysed words are kept now (for tests).</summary>
    internal static int KeptCount => Analysed.Count;

    public static ParsedQuery Parse(string normalized)
    {
        var words = new List<QueryWord>();
        var phrases = new List<QueryPhrase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A colon joins letters into one token for the standard tokenizer ("title:x"); readers mean two words.
        var parts = normalized.Replace(':', ' ').Split('"');
        for (var i = 0; i < parts.Length && words.Count + phrases.Count < MaxClauses; i++)
        {
            // Odd parts sit between two quotes; the last part after an unbalanced quote is plain words.
            var quoted = i % 2 == 1 && i < parts.Length - 1;
            if (quoted)
            {
                AddPhrase(parts[i], words, phrases, seen);
            }
            else
            {
                foreach (var raw in SearchAnalyzers.Analyze(SearchAnalyzers.Words, parts[i]))
                {
                    if (words.Count + phrases.Count >= MaxClauses)
                    {
                        break;
                    }

                    AddWord(raw.Term, fuzzy: true, words, seen);
                }
            }
        }

        return new ParsedQuery(normalized, words, phrases);
    }

    private static void AddWord(string raw, bool fuzzy, List<QueryWord> words, HashSet<string> seen)
    {
        if (Analysed.GetOrAdd((raw, fuzzy), Analyse) is { } analysed && seen.Add(analysed.Identity))
        {
            words.Add(analysed.Word);
        }
    }

    private static AnalysedWord? Analyse((string Raw, bool Fuzzy) word)
    {
        var (raw, fuzzy) = word;
        var french = Terms(SearchAnalyzers.French, raw);
        var english = Terms(SearchAnalyzers.English, raw);

        // A stop word in either language ("the", "les", "and", "pour") would make the other
        // language's articles required to contain it; it carries no meaning, so it is dropped.
        if (french.Length == 0 || english.Length == 0)
        {
            return null;
        }

        var surface = Terms(SearchAnalyzers.Surface, raw);
        var fuzzySurface = fuzzy && surface.Length == 1 && surface[0].Length >= FuzzyMinLength && surface[0].Any(char.IsLetter)
            ? surface[0]
            : null;
        return new AnalysedWord(
            new QueryWord(french, english, Terms(SearchAnalyzers.Name, raw), fuzzySurface),
            "w:" + string.Join(' ', french) + "|" + string.Join(' ', english));
    }

    private static void AddPhrase(string text, List<QueryWord> words, List<QueryPhrase> phrases, HashSet<string> seen)
    {
        var raw = SearchAnalyzers.Analyze(SearchAnalyzers.Words, text);
        if (raw.Count == 1)
        {
            // A quoted single word means "exactly this word": no typo tolerance.
            AddWord(raw[0].Term, fuzzy: false, words, seen);
            return;
        }

        var french = SearchAnalyzers.Analyze(SearchAnalyzers.French, text);
        var english = SearchAnalyzers.Analyze(SearchAnalyzers.English, text);
        if ((french.Count > 0 || english.Count > 0) && seen.Add("p:" + string.Join(' ', raw.Select(t => t.Term))))
        {
            phrases.Add(new QueryPhrase(french, english));
        }
    }

    private static string[] Terms(Lucene.Net.Analysis.Analyzer analyzer, string text) =>
        SearchAnalyzers.Analyze(analyzer, text).Select(t => t.Term).ToArray();

    /// <summary>A word as the query uses it, and what makes two words the same search (their stems in both languages).</summary>
    private sealed record AnalysedWord(QueryWord Word, string Identity);
}
