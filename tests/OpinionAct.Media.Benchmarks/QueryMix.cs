using OpinionAct.Media.Search;

namespace OpinionAct.Media.Benchmarks;

/// <summary>
/// Reader-like queries drawn from sampled articles: one, two and three words from one article,
/// a two-word phrase, words with a topic and a one-year range, a word with one typo, and
/// browsing a topic (no text, newest first, pages 1–5). Shuffled so kinds interleave.
/// </summary>
internal static class QueryMix
{
    public static List<(string Kind, SearchRequest Request)> Build(List<SearchDocument> samples, Random random, int perKind)
    {
        var queries = new List<(string, SearchRequest)>();
        for (var i = 0; i < perKind; i++)
        {
            queries.Add(("one-term", new SearchRequest { Query = Words(Pick(samples, random), random, 1) }));
            queries.Add(("two-terms", new SearchRequest { Query = Words(Pick(samples, random), random, 2) }));
            queries.Add(("three-terms", new SearchRequest { Query = Words(Pick(samples, random), random, 3) }));
            queries.Add(("phrase", new SearchRequest { Query = Phrase(Pick(samples, random), random) }));

            var filtered = Pick(samples, random);
            var year = ArticleGenerator.FirstDate.AddYears(random.Next(ArticleGenerator.Years));
            queries.Add(("filtered", new SearchRequest
            {
                Query = Words(filtered, random, random.Next(1, 3)),
                TopicSlugs = [filtered.Topics[random.Next(filtered.Topics.Count)].Slug],
                FromUtc = year,
                ToUtc = year.AddYears(1),
                Sort = random.Next(2) == 0 ? SearchSort.Relevance : SearchSort.Date,
            }));

            queries.Add(("fuzzy", new SearchRequest { Query = Typo(Pick(samples, random), random) }));
            queries.Add(("browse", new SearchRequest
            {
                TopicSlugs = [ArticleGenerator.Topics[random.Next(ArticleGenerator.Topics.Length)].Slug],
                Page = random.Next(1, 6),
            }));
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(queries));
        return queries;
    }

    private static SearchDocument Pick(List<SearchDocument> samples, Random random) => samples[random.Next(samples.Count)];

    private static string[] ContentWords(SearchDocument document)
    {
        var function = document.Language == "en" ? Vocabulary.EnglishFunction : Vocabulary.FrenchFunction;
        return document.Body
            .Split([' ', '.', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Where(w => w.Length > 2 && !function.Contains(w))
            .ToArray();
    }

    private static string Words(SearchDocument document, Random random, int count)
    {
        var words = ContentWords(document);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
    }

    private static string Phrase(SearchDocument document, Random random)
    {
        var words = document.Body.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var content = ContentWords(document).ToHashSet(StringComparer.Ordinal);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var at = random.Next(words.Length - 1);
            var first = words[at].ToLowerInvariant();
            var second = words[at + 1].TrimEnd('.').ToLowerInvariant();
            if (!first.EndsWith('.') && content.Contains(first) && content.Contains(second))
            {
                return "\"" + first + " " + second + "\"";
            }
        }

        return "\"" + Words(document, random, 2) + "\"";
    }

    private static string Typo(SearchDocument document, Random random)
    {
        var words = ContentWords(document).Where(w => w.Length >= 6).ToArray();
        var word = words.Length > 0 ? words[random.Next(words.Length)] : "renovaton";
        var at = random.Next(1, word.Length - 1);
        return random.Next(3) switch
        {
            0 => word.Remove(at, 1),
            1 => word[..at] + word[at + 1] + word[at] + word[(at + 2)..],
            _ => word[..at] + (char)('a' + random.Next(26)) + word[(at + 1)..],
        };
    }
}
