namespace OpinionAct.Media.Tests.Search;

public sealed class SearchAnalysisTests
{
    [Theory]
    [InlineData("écologie")]
    [InlineData("ecologie")]
    [InlineData("écologiques")]
    public void Search_should_match_écologie_ecologie_and_écologiques_alike_when_accents_and_endings_differ(string query)
    {
        using var index = new TempSearchIndex(
            SearchCorpus.Article(1, "fr", "L'écologie politique", "Un débat sur l'écologie et la ville."),
            SearchCorpus.Article(2, "fr", "Le coût caché", "Les ecologie des sols, sans accent dans la source."),
            SearchCorpus.Article(3, "fr", "Des mesures écologiques", "Des choix écologiques pour les collectivités."),
            SearchCorpus.Article(4, "fr", "Le nucléaire", "Un parc de réacteurs à prolonger."));

        Assert.Equal([1, 2, 3], index.Ids(query).Order());
    }

    [Theory]
    [InlineData("énergétique", "energetiques")]
    [InlineData("energetiques", "énergétique")]
    [InlineData("rénovation", "renovations")]
    [InlineData("renovations", "rénovation")]
    [InlineData("l'électricité", "electricite")]
    [InlineData("electricite", "l'électricité")]
    [InlineData("d'énergie", "énergies")]
    public void Search_should_find_a_french_article_when_the_query_differs_by_accents_elision_or_plural(string indexed, string query)
    {
        using var index = new TempSearchIndex(
            SearchCorpus.Article(1, "fr", "Un dossier", "Le dossier parle de " + indexed + " dans les territoires."),
            SearchCorpus.Article(2, "fr", "Un autre dossier", "Le nucléaire et les barrages."));

        Assert.Equal([1], index.Ids(query));
    }

    [Theory]
    [InlineData("grids", "grid")]
    [InlineData("grid", "grids")]
    [InlineData("heating", "heat")]
    [InlineData("heat", "heating")]
    [InlineData("renovations", "renovation")]
    [InlineData("the utility's tariffs", "utility tariff")]
    public void Search_should_find_an_english_article_when_the_query_is_another_form_of_the_word(string indexed, string query)
    {
        using var index = new TempSearchIndex(
            SearchCorpus.Article(1, "en", "A briefing", "This briefing covers " + indexed + " across Europe."),
            SearchCorpus.Article(2, "en", "Another briefing", "Nuclear plants and dams."));

        Assert.Equal([1], index.Ids(query));
    }

    [Fact]
    public void Search_should_find_an_english_article_when_a_french_reader_types_its_english_words()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        Assert.Contains(SearchCorpus.SmartGrids, index.Ids("smart grids"));
        Assert.Contains(SearchCorpus.Solar, index.Ids("rooftop"));
    }

    [Fact]
    public void Search_should_find_articles_in_both_languages_when_a_word_is_shared()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        // "rénovation" and "renovations" reach the French and the English article alike.
        var ids = index.Ids("renovation");

        Assert.Contains(SearchCorpus.Renovation, ids);
        Assert.Contains(SearchCorpus.Insulation, ids);
    }

    [Fact]
    public void Search_should_match_topic_and_expert_names_when_they_are_not_in_the_text()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        Assert.Equal([SearchCorpus.OffshoreWind], index.Ids("éolien"));
        var durand = index.Ids("durand");
        Assert.Equal([SearchCorpus.Electricity, SearchCorpus.OffshoreWind], durand.Order());
    }

    [Fact]
    public void Search_should_rank_a_title_match_above_a_body_match_when_both_match()
    {
        using var index = new TempSearchIndex(
            SearchCorpus.Article(1, "fr", "Le réseau de chaleur urbain", "La ville investit dans le chauffage collectif."),
            SearchCorpus.Article(2, "fr", "Le chauffage collectif", "La ville investit dans un réseau de chaleur urbain."));

        Assert.Equal([1, 2], index.Ids("réseau"));
    }
}
