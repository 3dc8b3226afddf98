using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

/// <summary>A word's typo corrections are looked up once per reader: the same answers, and none carried to a newer reader.</summary>
public sealed class TypoCorrectionsTests
{
    [Theory]
    [InlineData("renovaton")]
    [InlineData("rénovaiton isolaton")]
    [InlineData("durrand")]
    public void Search_should_return_the_same_hits_scores_and_snippets_when_the_corrections_were_looked_up_before(string query)
    {
        var (looked, kept) = TempSearchIndex.SearchFirstAndAgain(query, SearchCorpus.All());

        Assert.NotEmpty(looked.Hits);
        Assert.Equal(looked.Total, kept.Total);
        Assert.Equal(
            looked.Hits.Select(h => (h.Id, h.Score, h.SnippetHtml)),
            kept.Hits.Select(h => (h.Id, h.Score, h.SnippetHtml)));
    }

    [Fact]
    public void Typo_should_find_a_word_indexed_after_the_same_typo_found_nothing()
    {
        using var index = new TempSearchIndex(SearchCorpus.Article(1, "fr", "Le chauffage au bois", "Un poêle bien réglé chauffe une maison entière."));
        Assert.Empty(index.Ids("géothermei"));

        index.Index.Upsert(SearchCorpus.Article(2, "fr", "La géothermie de surface", "Des sondes puisent la chaleur du sol."));
        index.Index.Refresh();

        Assert.Equal([2], index.Ids("géothermei"));
    }

    [Fact]
    public void Corrections_should_keep_at_most_their_bound_per_reader_when_many_distinct_words_are_typed()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        index.Index.Commit(1);
        var reader = Lucene.Net.Index.DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(index.Folder));
        try
        {
            for (var i = 0; i < TypoCorrections.KeptPerReader + 50; i++)
            {
                var surface = "motx" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                TypoCorrections.For(reader, new QueryWord([surface], [surface], [surface], surface));
            }

            Assert.InRange(TypoCorrections.KeptFor(reader), 1, TypoCorrections.KeptPerReader);
        }
        finally
        {
            reader.Dispose();
        }
    }
}
