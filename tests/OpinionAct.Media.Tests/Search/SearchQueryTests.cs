using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

public sealed class SearchQueryTests
{
    [Fact]
    public void Search_should_match_only_the_adjacent_words_when_the_query_is_a_quoted_phrase()
    {
        using var index = new TempSearchIndex(
            SearchCorpus.Article(1, "fr", "Chauffage", "Installer une pompe à chaleur dans une maison ancienne."),
            SearchCorpus.Article(2, "fr", "Jardin", "La pompe du puits est en panne, la chaleur de l'été aussi."));

        Assert.Equal([1], index.Ids("\"pompe à chaleur\""));
        Assert.Equal([1, 2], index.Ids("pompe chaleur").Order());
    }

    [Fact]
    public void Search_should_require_the_words_next_to_each_other_when_the_query_is_an_english_phrase()
    {
        using var index = new TempSearchIndex(
            SearchCorpus.Article(1, "en", "Pumps", "A heat source pump works in winter."),
            SearchCorpus.Article(2, "en", "Pumps", "The heat pump works in winter."));

        Assert.Equal([2], index.Ids("\"heat pump\""));
    }

    [Fact]
    public void Search_should_let_any_stop_word_stand_in_the_gap_when_the_phrase_has_one()
    {
        using var index = new TempSearchIndex(
            SearchCorpus.Article(1, "fr", "Chauffage", "Installer une pompe à chaleur dans une maison ancienne."),
            SearchCorpus.Article(2, "fr", "Chauffage", "Une pompe chaleur, disent les vendeurs pressés."));

        // Stop words leave a gap in positions: "pompe de chaleur" matches "pompe à chaleur", not "pompe chaleur".
        Assert.Equal([1], index.Ids("\"pompe de chaleur\""));
        Assert.Equal([2], index.Ids("\"pompe chaleur\""));
    }

    [Fact]
    public void Search_should_find_a_phrase_when_the_article_uses_another_form_of_its_words()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        Assert.Equal([SearchCorpus.SmartGrids], index.Ids("\"smart grid\""));
        Assert.Equal([SearchCorpus.SmartGrids, SearchCorpus.Insulation], index.Ids("\"heat pumps\"").Order());
    }

    [Fact]
    public void Search_should_find_rénovation_when_the_query_has_one_typo()
    {
        using var index = new TempSearchIndex(
            SearchCorpus.Article(1, "fr", "Le chantier", "La rénovation des écoles commence en juin."),
            SearchCorpus.Article(2, "fr", "Le budget", "Les écoles attendent leurs crédits."));

        Assert.Equal([1], index.Ids("renovaton"));
        Assert.Equal([1], index.Ids("rénovaiton"));
    }

    [Fact]
    public void Search_should_find_an_expert_when_the_name_has_one_typo()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        var pauls = SearchCorpus.All().Where(d => d.Experts.Contains(SearchCorpus.Paul)).Select(d => d.Id).Order().ToList();

        Assert.NotEmpty(pauls);
        Assert.Equal(pauls, index.Ids("durand").Order());
        Assert.Equal(pauls, index.Ids("durrand").Order()); // one letter inserted
        Assert.Equal(pauls, index.Ids("duarnd").Order()); // two letters swapped
        Assert.Empty(index.Ids("dxrxnd")); // two edits
    }

    [Fact]
    public void Search_should_rank_exact_matches_above_typo_matches_when_both_exist()
    {
        using var index = new TempSearchIndex(
            SearchCorpus.Article(1, "en", "Fuel", "A carbon tax on heating fuel."),
            SearchCorpus.Article(2, "en", "Fuel", "A carton of heating fuel."));

        Assert.Equal([2, 1], index.Ids("carton"));
    }

    [Fact]
    public void Search_should_not_fuzz_words_when_they_are_shorter_than_five_letters()
    {
        using var index = new TempSearchIndex(
            SearchCorpus.Article(1, "fr", "Le chauffage", "Un poêle à bois dans le salon."),
            SearchCorpus.Article(2, "en", "Wind", "The wind farm sits offshore."));

        Assert.Empty(index.Ids("pois"));
        Assert.Empty(index.Ids("wand"));
        Assert.Equal([1], index.Ids("bois"));
    }

    [Fact]
    public void Search_should_not_fuzz_a_word_when_it_is_quoted()
    {
        using var index = new TempSearchIndex(SearchCorpus.Article(1, "fr", "Le chantier", "La rénovation des écoles."));

        Assert.Equal([1], index.Ids("renovaton"));
        Assert.Empty(index.Ids("\"renovaton\""));
    }

    [Fact]
    public void Search_should_require_every_word_when_the_query_has_up_to_three_words()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        Assert.Equal([SearchCorpus.SmartGrids], index.Ids("heat pump grids"));
        Assert.Empty(index.Ids("heat pump hydrogène"));
    }

    [Fact]
    public void Search_should_forgive_one_missing_word_in_four_when_the_query_is_long()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        // "seville" is nowhere near the smart-grids article: three of four words still match it.
        var ids = index.Ids("smart grids heating seville");

        Assert.Contains(SearchCorpus.SmartGrids, ids);
        Assert.DoesNotContain(SearchCorpus.Sobriety, ids);
    }

    [Fact]
    public void Search_should_ignore_stop_words_when_they_are_mixed_with_words()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        Assert.Equal(index.Ids("prix électricité"), index.Ids("le prix de l'électricité"));
        Assert.Equal([SearchCorpus.Electricity], index.Ids("le prix de l'électricité"));
    }

    [Fact]
    public void Search_should_return_nothing_when_the_query_has_only_stop_words_or_punctuation()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var results = index.Search("the and les (((");

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.Equal("the and les (((", results.Query);
    }

    [Fact]
    public void Search_should_return_every_published_article_newest_first_when_the_query_is_empty()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var results = index.Search("   ", r => r with { Sort = SearchSort.Relevance });

        Assert.Equal(7, results.Total);
        Assert.Equal(results.Hits.OrderByDescending(h => h.PublishedUtc).Select(h => h.Id), results.Hits.Select(h => h.Id));
        Assert.Equal(string.Empty, results.Query);
    }
}
