using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

/// <summary>Indexing a batch on every core gives the index one document at a time gives (issue 15, indexing).</summary>
public sealed class SearchIndexUpsertAllTests
{
    private static readonly string[] Queries = ["rénovation", "pompe à chaleur", "éolien en mer", "\"réseaux électriques\"", "renovatoin", "energy"];

    [Fact]
    public void Upsert_all_should_give_the_same_answers_as_upserting_one_document_at_a_time()
    {
        var documents = ManyDocuments();
        using var oneByOne = new TempSearchIndex(documents);
        using var batch = new TempSearchIndex();
        batch.Index.UpsertAll(documents);
        batch.Index.Refresh();

        foreach (var query in Queries)
        {
            var expected = oneByOne.Search(query);
            var actual = batch.Search(query);
            Assert.True(expected.Total > 0, $"the corpus should match \"{query}\"");
            Assert.Equal(expected.Total, actual.Total);

            // Documents analysed by different threads land in different segments, so equal scores may come in another
            // order; ids, titles, snippets and scores must be the same.
            Assert.Equal(Answers(expected), Answers(actual));
        }
    }

    [Fact]
    public void Upsert_all_should_keep_the_last_document_of_an_id_given_twice()
    {
        var documents = ManyDocuments();
        var first = documents[0];
        var stale = first with { Title = "Zeppelin ancien titre", Body = "Un zeppelin de passage." };
        using var index = new TempSearchIndex();
        index.Index.UpsertAll([stale, .. documents]);
        index.Index.Refresh();

        Assert.Equal(0, index.Search("zeppelin").Total);
        Assert.Equal(documents.Count(document => document.IsPublished), index.Search(null).Total);
        Assert.Contains(index.Search(first.Title).Hits, hit => hit.Id == first.Id && hit.Title == first.Title);
    }

    [Fact]
    public void Upsert_all_should_refuse_a_disposed_index_as_upsert_does()
    {
        using var index = new TempSearchIndex();
        index.Index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Index.UpsertAll(ManyDocuments()));
    }

    /// <summary>The corpus twenty times over under new ids, enough for several threads to take part.</summary>
    private static SearchDocument[] ManyDocuments() =>
        Enumerable.Range(0, 20)
            .SelectMany(copy => SearchCorpus.All().Select(document => document with
            {
                Id = copy * 1_000 + document.Id,
                Path = $"{document.Path}-{copy}",
                Title = copy == 0 ? document.Title : $"{document.Title} ({copy})",
            }))
            .ToArray();

    private static List<string> Answers(SearchResults results) =>
        results.Hits.Select(hit => $"{hit.Id}|{hit.Title}|{hit.SnippetHtml}|{hit.Score:R}").Order(StringComparer.Ordinal).ToList();
}
