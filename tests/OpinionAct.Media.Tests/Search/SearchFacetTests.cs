using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

public sealed class SearchFacetTests
{
    [Fact]
    public void Search_should_count_topics_over_every_match_when_the_page_is_smaller()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var results = index.Search(null, r => r with { PageSize = 1 });

        Assert.Single(results.Hits);
        Assert.Equal(
            [
                new FacetCount("transition", "Transition énergétique", 5),
                new FacetCount("renovation", "Rénovation", 2),
                new FacetCount("reseaux", "Réseaux", 2),
                new FacetCount("electricite", "Électricité", 1),
                new FacetCount("eolien", "Éolien", 1),
                new FacetCount("solaire", "Solaire", 1),
            ],
            results.Topics);
    }

    [Fact]
    public void Search_should_count_topics_of_the_matches_only_when_a_query_and_filters_apply()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var results = index.Search("heat pump", r => r with { ExpertSlug = "jane-smith" });

        Assert.Equal(2, results.Total);
        Assert.Equal(
            [
                new FacetCount("renovation", "Rénovation", 1),
                new FacetCount("reseaux", "Réseaux", 1),
                new FacetCount("transition", "Transition énergétique", 1),
            ],
            results.Topics);
    }

    [Fact]
    public void Search_should_show_the_current_topic_name_when_a_topic_was_renamed()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        var renovation = SearchCorpus.All().Single(d => d.Id == SearchCorpus.Renovation);
        index.Index.Upsert(renovation with { Topics = [new SearchTerm("renovation", "Rénovation des bâtiments")] });
        index.Index.Refresh();

        var facets = index.Search(null).Topics;

        Assert.Single(facets, f => f.Slug == "renovation");
        Assert.Equal(2, facets.Single(f => f.Slug == "renovation").Count);
    }

    [Fact]
    public void Search_should_return_topics_and_experts_of_each_hit_in_their_order()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var hit = index.Search("sobriété").Hits.Single();

        Assert.Equal(SearchCorpus.Sobriety, hit.Id);
        Assert.Equal("sobriete-gestes-hiver", hit.Path);
        Assert.Equal("Sobriété : les bons gestes pour l'hiver", hit.Title);
        Assert.Equal([SearchCorpus.TransitionTopic], hit.Topics);
        Assert.Equal([SearchCorpus.Claire], hit.Experts);
        Assert.Equal(new DateTime(2022, 12, 1, 7, 0, 0, DateTimeKind.Utc), hit.PublishedUtc);
        Assert.Equal(DateTimeKind.Utc, hit.PublishedUtc.Kind);
        Assert.True(hit.Score > 0);
    }
}
