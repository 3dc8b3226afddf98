namespace OpinionAct.Media.Tests.Search;

public sealed class SearchFilterTests
{
    [Fact]
    public void Search_should_keep_only_articles_of_a_topic_when_a_topic_slug_is_given()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var ids = index.Ids(null, r => r with { TopicSlugs = ["renovation"] });

        Assert.Equal([SearchCorpus.Renovation, SearchCorpus.Insulation], ids);
    }

    [Fact]
    public void Search_should_keep_articles_of_any_topic_when_several_slugs_are_given()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var ids = index.Ids(null, r => r with { TopicSlugs = ["solaire", "eolien", "unknown", " ", ""] });

        Assert.Equal([SearchCorpus.Solar, SearchCorpus.OffshoreWind], ids);
    }

    [Fact]
    public void Search_should_combine_text_and_topic_when_both_are_given()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        Assert.Equal([SearchCorpus.SmartGrids], index.Ids("heat pump", r => r with { TopicSlugs = ["reseaux"] }));
    }

    [Fact]
    public void Search_should_keep_only_an_expert_articles_when_an_expert_slug_is_given()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var ids = index.Ids(null, r => r with { ExpertSlug = "jane-smith" });

        Assert.Equal([SearchCorpus.Solar, SearchCorpus.SmartGrids, SearchCorpus.Insulation], ids);
        Assert.Empty(index.Ids(null, r => r with { ExpertSlug = "nobody" }));
    }

    [Fact]
    public void Search_should_include_both_bounds_when_filtering_by_dates()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        // Electricity is published 2024-01-15 09:30, SmartGrids 2024-02-20 07:00, Renovation 2024-03-10 08:00.
        var exact = index.Ids(null, r => r with { FromUtc = new DateTime(2024, 1, 15, 9, 30, 0, DateTimeKind.Utc), ToUtc = new DateTime(2024, 3, 10, 8, 0, 0, DateTimeKind.Utc) });
        var days = index.Ids(null, r => r with { FromUtc = new DateTime(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc), ToUtc = new DateTime(2024, 3, 10, 0, 0, 0, DateTimeKind.Utc) });

        Assert.Equal([SearchCorpus.Renovation, SearchCorpus.SmartGrids, SearchCorpus.Electricity], exact);
        Assert.Equal(exact, days);
    }

    [Fact]
    public void Search_should_accept_open_ended_and_inverted_date_ranges_when_filtering()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        Assert.Equal([SearchCorpus.Solar], index.Ids(null, r => r with { FromUtc = new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc) }));
        Assert.Equal([SearchCorpus.Sobriety], index.Ids(null, r => r with { ToUtc = new DateTime(2022, 12, 31, 0, 0, 0, DateTimeKind.Utc) }));
        var inverted = index.Search(null, r => r with { FromUtc = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), ToUtc = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
        Assert.Equal(0, inverted.Total);
        Assert.Empty(inverted.Hits);
    }

    [Fact]
    public void Search_should_never_return_drafts_when_unpublished_articles_are_not_requested()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        Assert.Empty(index.Ids("hydrogène"));
        Assert.Empty(index.Ids("\"hydrogène vert\""));
        Assert.Empty(index.Ids(null, r => r with { TopicSlugs = ["hydrogene"] }));
        Assert.DoesNotContain(SearchCorpus.HydrogenDraft, index.Ids(null));
        Assert.DoesNotContain(SearchCorpus.HydrogenDraft, index.Ids("électricité"));
        Assert.DoesNotContain(index.Search(null).Topics, f => f.Slug == "hydrogene");
        Assert.Equal(7, index.Index.Count(includeUnpublished: false));
    }

    [Fact]
    public void Search_should_return_drafts_when_unpublished_articles_are_requested()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        Assert.Equal([SearchCorpus.HydrogenDraft], index.Ids("hydrogène", r => r with { IncludeUnpublished = true }));
        Assert.Equal(8, index.Search(null, r => r with { IncludeUnpublished = true }).Total);
        Assert.Equal(8, index.Index.Count(includeUnpublished: true));
    }
}
