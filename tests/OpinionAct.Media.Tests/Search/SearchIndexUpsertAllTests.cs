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
            // order, and a score summed over other segments may differ in its last float digit; ids, titles, snippets
            // and scores must be the same.
            var (wanted, got) = (Answers(expected), Answers(actual));
            Assert.Equal(wanted.Select(answer => answer.Hit), got.Select(answer => answer.Hit));
            Assert.All(wanted.Zip(got), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 1e-5f));
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
    public void Upsert_all_should_leave_one_segment_when_a_small_hub_is_caught_up()
    {
        // Articles long enough that a second thread, if one were started, would take its share and flush its own segment
        // (with two threads, two segments in every run tried).
        var words = string.Join(' ', SearchCorpus.All().Select(document => document.Body)).Split(' ');
        var random = new Random(15);
        var documents = Enumerable.Range(1, SearchIndex.ParallelFrom - 1)
            .Select(id => SearchCorpus.Article(id, "fr", $"Article {id}", string.Join(' ', Enumerable.Range(0, 400).Select(_ => words[random.Next(words.Length)] + random.Next(2_000)))))
            .ToArray();
        using var small = new TempSearchIndex();
        small.Index.UpsertAll(documents);
        small.Index.Commit(1);
        small.Index.Refresh();

        Assert.Equal(1, small.Index.SegmentCount());
        Assert.Equal(documents.Length, small.Index.Count(includeUnpublished: true));
    }

    [Fact]
    public void Upsert_all_should_refuse_a_disposed_index_as_upsert_does()
    {
        using var index = new TempSearchIndex();
        index.Index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Index.UpsertAll(ManyDocuments()));
    }

    /// <summary>The corpus copied under new ids, past <see cref="SearchIndex.ParallelFrom"/>, so several threads take part.</summary>
    private static SearchDocument[] ManyDocuments() =>
        Enumerable.Range(0, SearchIndex.ParallelFrom / SearchCorpus.All().Length + 2)
            .SelectMany(copy => SearchCorpus.All().Select(document => document with
            {
                Id = copy * 1_000 + document.Id,
                Path = $"{document.Path}-{copy}",
                Title = copy == 0 ? document.Title : $"{document.Title} ({copy})",

                // Copies score alike; a date of their own orders them (relevance, then date) the same way in every index.
                PublishedUtc = document.PublishedUtc.AddMinutes(copy),
            }))
            .ToArray();

    private static List<(string Hit, float Score)> Answers(SearchResults results) =>
        results.Hits.Select(hit => (Hit: $"{hit.Id}|{hit.Title}|{hit.SnippetHtml}", hit.Score)).OrderBy(answer => answer.Hit, StringComparer.Ordinal).ToList();
}
