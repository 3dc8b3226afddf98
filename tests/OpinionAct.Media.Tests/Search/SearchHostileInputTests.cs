using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

public sealed class SearchHostileInputTests
{
    public static TheoryData<string> HostileQueries => new()
    {
        "*foo",
        "?bar",
        "ren*vation",
        "\"unbalanced",
        "\"pompe à chaleur",
        "\"\"",
        "\"",
        "(((",
        ")))",
        "AND OR NOT",
        "NOT rénovation",
        "title:x",
        "title:rénovation",
        "body:[a TO z]",
        "{!lucene}",
        "\\",
        "\\\\\"\\",
        "a\\+b",
        "+-&&||!(){}[]^\"~*?:\\/",
        "rénovation~2",
        "rénovation^100",
        "/regex.*/",
        "\u0000\u0001\u0007\u001b[31m",
        "line\r\nbreak\ttab",
        "😀🌍⚡",
        "éolien 🌬️ offshore",
        "\uD83D",
        "\uDE00 lone low",
        "'; DROP TABLE articles; --",
        "<script>alert(1)</script>",
        "%00%27",
        "     ",
        "l'",
        "qu'",
        "مرحبا بالعالم",
        "能源转型",
        new string('a', 10_000),
        string.Join(' ', Enumerable.Repeat("rénovation", 2_000)),
        string.Join(' ', Enumerable.Range(0, 2_000).Select(i => "mot" + i)),
        string.Concat(Enumerable.Repeat("\"a b\" ", 1_000)),
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Search_should_answer_without_throwing_when_the_query_is_hostile(string query)
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Date })
        {
            var results = index.Index.Search(new SearchRequest { Query = query, Sort = sort, TopicSlugs = ["transition", "\"", "*"], ExpertSlug = query.Length < 100 ? query : null });
            var unfiltered = index.Index.Search(new SearchRequest { Query = query, Sort = sort });

            Assert.Equal(SearchText.Normalize(query), results.Query);
            Assert.InRange(results.Query.Length, 0, SearchText.MaxLength);
            Assert.InRange(unfiltered.Total, 0, 7);
            Assert.True(unfiltered.Hits.Count <= unfiltered.Total);
            Assert.All(unfiltered.Hits, hit => Assert.DoesNotContain("<script", hit.SnippetHtml, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Search_should_answer_without_throwing_when_filters_and_paging_are_extreme()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        var huge = new string('x', 100_000);

        var requests = new[]
        {
            new SearchRequest { Query = "rénovation", TopicSlugs = [huge, .. Enumerable.Range(0, 5_000).Select(i => "topic-" + i)], ExpertSlug = huge },
            new SearchRequest { Query = "rénovation", FromUtc = DateTime.MinValue, ToUtc = DateTime.MaxValue, Page = int.MaxValue, PageSize = int.MinValue },
            new SearchRequest { FromUtc = DateTime.MaxValue.Date, ToUtc = DateTime.MaxValue.Date, Page = int.MinValue, PageSize = int.MaxValue },
            new SearchRequest { Query = null, TopicSlugs = null!, ExpertSlug = "   ", Sort = (SearchSort)42 },
            new SearchRequest { FromUtc = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Local), ToUtc = new DateTime(2024, 12, 31, 0, 0, 0, DateTimeKind.Unspecified) },
        };

        foreach (var request in requests)
        {
            var results = index.Index.Search(request);
            Assert.InRange(results.PageSize, 1, SearchIndex.MaxPageSize);
            Assert.True(results.Page >= 1);
            Assert.True(results.Hits.Count <= results.Total);
        }
    }

    [Theory]
    [InlineData("*rénovation", SearchCorpus.Renovation)]
    [InlineData("+sobriété -hiver", SearchCorpus.Sobriety)]
    [InlineData("sobriété:", SearchCorpus.Sobriety)]
    [InlineData("NOT rooftop", SearchCorpus.Solar)]
    [InlineData("éolien AND (mer)", SearchCorpus.OffshoreWind)]
    [InlineData("\"hiver", SearchCorpus.Sobriety)]
    [InlineData("sobriété~", SearchCorpus.Sobriety)]
    [InlineData("rénovation^", SearchCorpus.Renovation)]
    public void Search_should_treat_lucene_syntax_as_plain_words_when_the_query_contains_it(string query, int expected)
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        Assert.Contains(expected, index.Ids(query));
    }
}
