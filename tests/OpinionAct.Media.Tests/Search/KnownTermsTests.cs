using Lucene.Net.Index;
using Lucene.Net.Store;
using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

/// <summary>Term states kept per reader give the same hits and scores, and a newer reader's statistics are its own.</summary>
public sealed class KnownTermsTests
{
    [Theory]
    [InlineData("chauffage")]
    [InlineData("rénovation énergétique")]
    [InlineData("\"pompe à chaleur\"")]
    [InlineData("durand")]
    public void Search_should_return_the_same_hits_and_scores_when_the_term_states_were_kept_from_an_earlier_search(string query)
    {
        var (looked, kept) = TempSearchIndex.SearchFirstAndAgain(query, SearchCorpus.All());

        Assert.NotEmpty(looked.Hits);
        Assert.Equal(looked.Hits.Select(h => (h.Id, h.Score, h.SnippetHtml)), kept.Hits.Select(h => (h.Id, h.Score, h.SnippetHtml)));
    }

    [Fact]
    public void Scores_should_follow_the_new_reader_once_documents_were_added()
    {
        var first = SearchCorpus.Article(1, "fr", "Le chauffage au bois", "Un poêle bien réglé chauffe une maison.");
        var more = Enumerable.Range(2, 5)
            .Select(id => SearchCorpus.Article(id, "fr", $"Chauffage collectif {id}", "Le chauffage d'un immeuble se règle par étage."))
            .ToArray();
        using var grown = new TempSearchIndex(first);
        var before = grown.Search("chauffage").Hits.Single(h => h.Id == 1).Score;
        foreach (var document in more)
        {
            grown.Index.Upsert(document);
        }

        grown.Index.Refresh();
        using var all = new TempSearchIndex([first, .. more]);

        var after = grown.Search("chauffage").Hits.Single(h => h.Id == 1).Score;
        Assert.NotEqual(before, after);
        Assert.Equal(all.Search("chauffage").Hits.Single(h => h.Id == 1).Score, after);
    }

    [Fact]
    public void Term_states_should_keep_at_most_their_bound_per_reader()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        index.Index.Commit(1);
        using var reader = DirectoryReader.Open(FSDirectory.Open(index.Folder));
        for (var i = 0; i < KnownTerms.KeptPerReader + 50; i++)
        {
            KnownTerms.Query(reader.Context, new Term(SearchFields.Text(SearchFields.Body, SearchFields.French), "mot" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.InRange(KnownTerms.KeptFor(reader.Context), 1, KnownTerms.KeptPerReader);
    }
}
