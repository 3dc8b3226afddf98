using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

public sealed class SearchSortAndPageTests
{
    [Fact]
    public void Search_should_order_newest_first_when_sorting_by_date()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var hits = index.Search("transition", r => r with { Sort = SearchSort.Date }).Hits;

        Assert.True(hits.Count >= 4);
        Assert.Equal(hits.OrderByDescending(h => h.PublishedUtc).Select(h => h.Id), hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_should_order_by_score_then_date_when_sorting_by_relevance()
    {
        using var index = new TempSearchIndex(
            SearchCorpus.Article(1, "fr", "Éolien", "Le vent.", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            SearchCorpus.Article(2, "fr", "Autre sujet", "Un mot sur l'éolien.", new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            SearchCorpus.Article(3, "fr", "Autre sujet", "Un mot sur l'éolien.", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

        var hits = index.Search("éolien").Hits;

        Assert.Equal([1, 3, 2], hits.Select(h => h.Id));
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.Equal(hits[1].Score, hits[2].Score);
    }

    [Fact]
    public void Search_should_split_results_into_pages_when_paging()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var first = index.Search(null, r => r with { Page = 1, PageSize = 3 });
        var second = index.Search(null, r => r with { Page = 2, PageSize = 3 });
        var third = index.Search(null, r => r with { Page = 3, PageSize = 3 });

        Assert.All([first, second, third], page => Assert.Equal(7, page.Total));
        Assert.Equal([3, 3, 1], new[] { first, second, third }.Select(p => p.Hits.Count));
        var all = first.Hits.Concat(second.Hits).Concat(third.Hits).Select(h => h.Id).ToList();
        Assert.Equal(7, all.Distinct().Count());
        Assert.Equal(index.Ids(null), all);
    }

    [Theory]
    [InlineData(4, 3)]
    [InlineData(100, 3)]
    [InlineData(int.MaxValue, 50)]
    public void Search_should_return_an_empty_page_with_the_total_when_the_page_is_past_the_end(int page, int pageSize)
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var results = index.Search(null, r => r with { Page = page, PageSize = pageSize });

        Assert.Empty(results.Hits);
        Assert.Equal(7, results.Total);
        Assert.Equal(page, results.Page);
        Assert.NotEmpty(results.Topics);
    }

    [Theory]
    [InlineData(0, 0, 1, 1)]
    [InlineData(-5, -1, 1, 1)]
    [InlineData(1, 51, 1, 50)]
    [InlineData(2, int.MaxValue, 2, 50)]
    public void Search_should_clamp_page_and_page_size_when_they_are_out_of_range(int page, int pageSize, int expectedPage, int expectedSize)
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var results = index.Search(null, r => r with { Page = page, PageSize = pageSize });

        Assert.Equal(expectedPage, results.Page);
        Assert.Equal(expectedSize, results.PageSize);
        Assert.Equal(7, results.Total);
    }
}
