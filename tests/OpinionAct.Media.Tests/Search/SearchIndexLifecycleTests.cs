using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

public sealed class SearchIndexLifecycleTests
{
    [Fact]
    public void Search_should_see_an_upsert_without_commit_when_the_index_was_refreshed()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        index.Index.Upsert(SearchCorpus.Article(20, "fr", "Géothermie profonde", "La géothermie chauffe Paris depuis 1969."));

        Assert.Empty(index.Ids("géothermie"));
        index.Index.Refresh();
        Assert.Equal([20], index.Ids("géothermie"));
        Assert.Equal(0, index.Index.Cursor);
    }

    [Fact]
    public void Search_should_forget_a_document_when_it_is_deleted_and_refreshed()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        index.Index.Delete(SearchCorpus.Solar);
        index.Index.Delete(9999);
        index.Index.Refresh();

        Assert.Empty(index.Ids("rooftop"));
        Assert.Equal(6, index.Index.Count(includeUnpublished: false));
    }

    [Fact]
    public void Upsert_should_replace_the_document_when_the_id_already_exists()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        var solar = SearchCorpus.All().Single(d => d.Id == SearchCorpus.Solar);

        index.Index.Upsert(solar with { Title = "Agrivoltaics: panels above the vines", Dek = null, Body = "Shade for the grapes, power for the village." });
        index.Index.Refresh();

        Assert.Empty(index.Ids("rooftop"));
        Assert.Equal([SearchCorpus.Solar], index.Ids("agrivoltaics"));
        Assert.Equal(8, index.Index.Count(includeUnpublished: true));
    }

    [Fact]
    public void Upsert_should_hide_an_article_from_readers_when_it_goes_back_to_draft()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        var solar = SearchCorpus.All().Single(d => d.Id == SearchCorpus.Solar);

        index.Index.Upsert(solar with { IsPublished = false });
        index.Index.Refresh();

        Assert.Empty(index.Ids("rooftop"));
        Assert.Equal([SearchCorpus.Solar], index.Ids("rooftop", r => r with { IncludeUnpublished = true }));
    }

    [Fact]
    public void DeleteAll_should_empty_the_index_when_refreshed()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        index.Index.DeleteAll();
        index.Index.Refresh();

        Assert.Equal(0, index.Index.Count(includeUnpublished: true));
        Assert.Equal(0, index.Search(null).Total);
        Assert.Empty(index.Search(null).Topics);
    }

    [Fact]
    public void Cursor_should_be_zero_when_the_index_is_new()
    {
        using var index = new TempSearchIndex();

        Assert.Equal(0, index.Index.Cursor);
        Assert.Equal(0, index.Index.Count(includeUnpublished: true));
        Assert.Equal(0, index.Search("énergie").Total);
    }

    [Fact]
    public void Cursor_should_survive_a_reopen_when_it_was_committed()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        index.Index.Commit(42);
        Assert.Equal(42, index.Index.Cursor);

        var reopened = index.Reopen();

        Assert.Equal(42, reopened.Cursor);
        Assert.Equal(8, reopened.Count(includeUnpublished: true));
        Assert.Equal([SearchCorpus.Solar], index.Ids("rooftop"));
    }

    [Fact]
    public void SearchableCursor_should_trail_a_commit_until_the_index_is_refreshed()
    {
        using var index = new TempSearchIndex();
        index.Index.Upsert(SearchCorpus.Article(20, "fr", "Géothermie profonde", "La géothermie chauffe Paris depuis 1969."));
        index.Index.Commit(5);

        Assert.Equal(5, index.Index.Cursor);
        Assert.Equal(0, index.Index.SearchableCursor);
        Assert.Empty(index.Ids("géothermie"));

        index.Index.Refresh();

        Assert.Equal(5, index.Index.SearchableCursor);
        Assert.Equal([20], index.Ids("géothermie"));
        Assert.Equal(5, index.Reopen().SearchableCursor);
    }

    [Fact]
    public void Commit_should_record_the_latest_cursor_when_called_again_without_changes()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        index.Index.Commit(7);
        index.Index.Commit(8);

        Assert.Equal(8, index.Reopen().Cursor);
    }

    [Fact]
    public void Dispose_should_discard_uncommitted_changes_when_the_index_is_reopened()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        index.Index.Commit(10);
        index.Index.Upsert(SearchCorpus.Article(30, "fr", "Méthanisation", "Le biogaz des fermes."));
        index.Index.Delete(SearchCorpus.Solar);
        index.Index.Refresh();

        var reopened = index.Reopen();

        Assert.Equal(10, reopened.Cursor);
        Assert.Empty(index.Ids("biogaz"));
        Assert.Equal([SearchCorpus.Solar], index.Ids("rooftop"));
    }

    [Fact]
    public void Dispose_should_release_the_folder_when_a_new_index_opens_it_at_once()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        index.Index.Commit(1);

        for (var i = 0; i < 3; i++)
        {
            index.Reopen();
        }

        Assert.Equal(7, index.Index.Count(includeUnpublished: false));
        index.Index.Dispose();
        index.Index.Dispose();
        Assert.Throws<ObjectDisposedException>(() => index.Index.Search(new SearchRequest()));
    }

    [Fact]
    public void Constructor_should_refuse_and_leave_the_index_alone_when_another_instance_holds_the_folder()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        index.Index.Commit(9);

        Assert.Throws<Lucene.Net.Store.LockObtainFailedException>(() => new SearchIndex(index.Folder));

        Assert.Equal(8, index.Index.Count(includeUnpublished: true));
        Assert.Equal(9, index.Reopen().Cursor);
        Assert.Equal(8, index.Index.Count(includeUnpublished: true));
    }

    [Fact]
    public void Constructor_should_create_the_folder_when_it_is_missing()
    {
        var root = Path.Combine(Path.GetTempPath(), "oa-search-test-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, "tenant", "search");
        try
        {
            using var index = new SearchIndex(folder);

            Assert.True(Directory.Exists(folder));
            Assert.Equal(0, index.Cursor);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("empty")]
    [InlineData("segment-data")]
    public void Constructor_should_recreate_an_empty_index_when_the_files_are_corrupted(string corruption)
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        index.Index.Commit(5);
        index.Index.Dispose();
        File.WriteAllText(Path.Combine(index.Folder, "notes.txt"), "not an index file");
        Corrupt(index.Folder, corruption);

        var reopened = index.Reopen();

        Assert.Equal(0, reopened.Cursor);
        Assert.Equal(0, reopened.Count(includeUnpublished: true));
        Assert.True(File.Exists(Path.Combine(index.Folder, "notes.txt")));
        reopened.Upsert(SearchCorpus.Article(1, "fr", "Reconstruit", "L'index repart de zéro."));
        reopened.Commit(1);
        reopened.Refresh();
        Assert.Equal([1], index.Ids("reconstruit"));
        Assert.Equal(1, index.Reopen().Cursor);
    }

    [Fact]
    public void Search_should_keep_tenants_apart_when_two_indexes_use_two_folders()
    {
        using var first = new TempSearchIndex(SearchCorpus.Article(1, "fr", "Éolien breton", "Les parcs de Saint-Brieuc."));
        using var second = new TempSearchIndex(SearchCorpus.Article(1, "en", "Welsh tidal power", "Swansea lagoon."));
        first.Index.Commit(3);

        Assert.Equal([1], first.Ids("éolien"));
        Assert.Empty(second.Ids("éolien"));
        Assert.Equal([1], second.Ids("tidal"));
        Assert.Empty(first.Ids("tidal"));
        Assert.Equal(0, second.Index.Cursor);
        Assert.Equal("Éolien breton", first.Search(null).Hits.Single().Title);
        Assert.Equal("Welsh tidal power", second.Search(null).Hits.Single().Title);
    }

    [Fact]
    public async Task Search_should_keep_answering_when_many_threads_search_during_writes()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        using var stop = new CancellationTokenSource();
        var queries = new[] { "rénovation", "heat pump", "\"pompe à chaleur\"", "renovaton", "", "transition énergétique", "(((" };
        var searches = 0;

        var readers = Enumerable.Range(0, 6).Select(worker => Task.Run(() =>
        {
            var i = worker;
            do
            {
                var results = index.Index.Search(new SearchRequest { Query = queries[i++ % queries.Length], TopicSlugs = i % 3 == 0 ? ["transition"] : [] });
                Assert.True(results.Hits.Count <= results.Total);
                _ = index.Index.Count(includeUnpublished: i % 2 == 0);
                Interlocked.Increment(ref searches);
            }
            while (!stop.IsCancellationRequested);
        })).ToArray();

        var writer = Task.Run(() =>
        {
            SpinWait.SpinUntil(() => Volatile.Read(ref searches) > 0, TimeSpan.FromSeconds(10));
            for (var id = 100; id < 400; id++)
            {
                index.Index.Upsert(SearchCorpus.Article(id, id % 2 == 0 ? "fr" : "en", "Article " + id, "La rénovation énergétique numéro " + id + " and heat pumps."));
                if (id % 10 == 0)
                {
                    index.Index.Delete(id - 5);
                    index.Index.Refresh();
                }

                if (id % 100 == 0)
                {
                    index.Index.Commit(id);
                }
            }

            index.Index.Refresh();
        });

        await writer;
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(searches >= readers.Length);
        Assert.Equal(8 + 300 - 29, index.Index.Count(includeUnpublished: true));
        Assert.Equal(300, index.Index.Cursor);
    }

    private static void Corrupt(string folder, string corruption)
    {
        var segments = Directory.GetFiles(folder, "segments_*").Single();
        switch (corruption)
        {
            case "garbage":
                File.WriteAllBytes(segments, Enumerable.Range(0, 300).Select(i => (byte)(i * 7)).ToArray());
                break;
            case "truncated":
                var bytes = File.ReadAllBytes(segments);
                File.WriteAllBytes(segments, bytes[..(bytes.Length / 2)]);
                break;
            case "empty":
                File.WriteAllBytes(segments, []);
                break;
            default:
                foreach (var data in Directory.GetFiles(folder, "_*"))
                {
                    var content = File.ReadAllBytes(data);
                    Array.Fill(content, (byte)0x5A, content.Length / 3, content.Length / 3);
                    File.WriteAllBytes(data, content);
                }

                break;
        }
    }
}
