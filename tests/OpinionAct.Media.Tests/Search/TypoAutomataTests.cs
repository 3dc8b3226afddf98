using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

public sealed class TypoAutomataTests
{
    [Fact]
    public void TypoAutomata_should_return_the_compiled_automaton_when_the_same_word_comes_again()
    {
        var first = TypoAutomata.For("~chauffagge");

        Assert.Same(first, TypoAutomata.For("~chauffagge"));
        Assert.NotSame(first, TypoAutomata.For("~chauffage"));
    }

    [Fact]
    public void TypoAutomata_should_keep_at_most_its_capacity_when_many_distinct_words_are_typed()
    {
        for (var i = 0; i < TypoAutomata.Capacity + 50; i++)
        {
            TypoAutomata.For("~mot" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.InRange(TypoAutomata.Count, 1, TypoAutomata.Capacity);
    }

    [Theory]
    [InlineData("renovaton")]
    [InlineData("rénovaiton isolaton")]
    [InlineData("electricte reseaux")]
    [InlineData("durrand")]
    [InlineData("smartt grids")]
    public void Search_should_return_the_same_hits_scores_and_snippets_when_the_typo_automaton_comes_from_the_cache(string query)
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        TypoAutomata.Clear();
        var compiled = index.Search(query);
        var cached = index.Search(query);

        Assert.NotEmpty(compiled.Hits);
        Assert.Equal(compiled.Total, cached.Total);
        Assert.Equal(
            compiled.Hits.Select(h => (h.Id, h.Score, h.SnippetHtml)),
            cached.Hits.Select(h => (h.Id, h.Score, h.SnippetHtml)));
    }
}
