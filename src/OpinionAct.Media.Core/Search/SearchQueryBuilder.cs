using Lucene.Net.Index;
using Lucene.Net.Search;

namespace OpinionAct.Media.Search;

/// <summary>
/// Builds Lucene queries from a <see cref="ParsedQuery"/>. Each word is a dis-max over its French
/// stem in the French fields, its English stem in the English fields, its folded form in expert
/// names, and the stems of indexed words one typo away (words of 5+ letters, at
/// <see cref="SearchFields.FuzzyFactor"/> of the exact boost). Each phrase is a dis-max of phrase
/// queries over both languages, exact (slop 0; removed stop words keep their gap, so "pompe de
/// chaleur" finds "pompe à chaleur"). With up to three words and phrases all are required
/// (MUST); with more, they are SHOULD with a minimum-should-match of 75 % (rounded up).
/// </summary>
internal static class SearchQueryBuilder
{
    /// <summary>Exact phrases: slop 1 (sloppy phrase scoring) doubled the cost of phrase queries at 50,000 articles.</summary>
    public const int PhraseSlop = 0;

    /// <summary>Up to this many clauses, every one is required.</summary>
    public const int AllRequiredUpTo = 3;

    /// <summary>The best field counts fully; other matching fields add this fraction of their score.</summary>
    private const float TieBreaker = 0.2f;

    private const float ExactWeight = 1f;

    private static readonly (string Field, float Boost)[] TextFields =
    [
        (SearchFields.Title, SearchFields.TitleBoost),
        (SearchFields.Topics, SearchFields.TopicsBoost),
        (SearchFields.Dek, SearchFields.DekBoost),
        (SearchFields.Body, SearchFields.BodyBoost),
    ];

    public static int MinimumShouldMatch(int clauses) => clauses <= AllRequiredUpTo ? clauses : (int)Math.Ceiling(clauses * 0.75);

    /// <summary>Looks up, in the current reader, what each long-enough word could be a typo of.</summary>
    public static IReadOnlyList<ResolvedWord> Resolve(ParsedQuery parsed, IndexReader reader) =>
        parsed.Words
            .Select(word =>
            {
                var (french, english, names) = TypoCorrections.For(reader, word);
                return new ResolvedWord(word, french, english, names);
            })
            .ToList();

    /// <summary>The query to run, or null when nothing can match.</summary>
    public static Query? Build(ParsedQuery parsed, IReadOnlyList<ResolvedWord> words, IndexReaderContext reader)
    {
        if (parsed.MatchesAll)
        {
            return new MatchAllDocsQuery();
        }

        if (parsed.MatchesNothing)
        {
            return null;
        }

        var clauses = words.Select(word => Word(word, reader)).Concat(parsed.Phrases.Select(phrase => Phrase(phrase, reader))).ToList();
        var query = new BooleanQuery();
        var occur = clauses.Count <= AllRequiredUpTo ? Occur.MUST : Occur.SHOULD;
        foreach (var clause in clauses)
        {
            query.Add(clause, occur);
        }

        if (occur == Occur.SHOULD)
        {
            query.MinimumNumberShouldMatch = MinimumShouldMatch(clauses.Count);
        }

        return query;
    }

    /// <summary>The stems to mark in a snippet of <paramref name="language"/>, with their weights: exact, phrase and typo-corrected ones.</summary>
    public static IReadOnlyDictionary<string, float> HighlightTerms(ParsedQuery parsed, IReadOnlyList<ResolvedWord> words, string language)
    {
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var stem in word.Word.For(language))
            {
                terms[stem] = ExactWeight;
            }

            foreach (var stem in word.Corrections(language))
            {
                terms.TryAdd(stem, SearchFields.FuzzyFactor);
            }
        }

        foreach (var token in parsed.Phrases.SelectMany(phrase => phrase.For(language)))
        {
            terms[token.Term] = ExactWeight;
        }

        return terms;
    }

    private static DisjunctionMaxQuery Word(ResolvedWord resolved, IndexReaderContext reader)
    {
        var word = resolved.Word;
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var language in SearchFields.Languages)
        {
            AddTerms(query, reader, language, word.For(language), 1f);
            AddTerms(query, reader, language, resolved.Corrections(language), SearchFields.FuzzyFactor);
        }

        foreach (var name in word.Names)
        {
            query.Add(KnownTerms.Query(reader, new Term(SearchFields.ExpertNames, name), SearchFields.ExpertsBoost));
        }

        foreach (var name in resolved.NameCorrections)
        {
            query.Add(KnownTerms.Query(reader, new Term(SearchFields.ExpertNames, name), SearchFields.ExpertsBoost * SearchFields.FuzzyFactor));
        }

        return query;
    }

    private static void AddTerms(DisjunctionMaxQuery query, IndexReaderContext reader, string language, string[] stems, float factor)
    {
        foreach (var stem in stems)
        {
            foreach (var (field, boost) in TextFields)
            {
                query.Add(KnownTerms.Query(reader, new Term(SearchFields.Text(field, language), stem), boost * factor));
            }
        }
    }

    private static DisjunctionMaxQuery Phrase(QueryPhrase phrase, IndexReaderContext reader)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var language in SearchFields.Languages)
        {
            foreach (var (field, boost) in TextFields)
            {
                if (PhraseOrTerm(reader, SearchFields.Text(field, language), phrase.For(language)) is { } clause)
                {
                    clause.Boost = boost;
                    query.Add(clause);
                }
            }
        }

        return query;
    }

    private static Query? PhraseOrTerm(IndexReaderContext reader, string field, IReadOnlyList<AnalyzedToken> tokens)
    {
        switch (tokens.Count)
        {
            case 0:
                return null;
            case 1:
                return KnownTerms.Query(reader, new Term(field, tokens[0].Term));
            default:
                var phrase = new PhraseQuery { Slop = PhraseSlop };
                foreach (var token in tokens)
                {
                    phrase.Add(new Term(field, token.Term), token.Position);
                }

                return phrase;
        }
    }
}
