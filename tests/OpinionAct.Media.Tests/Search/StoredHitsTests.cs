using Lucene.Net.Index;
using Lucene.Net.Store;
using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

/// <summary>Hits' stored fields are read once per segment and document: the same results, exact after an edit, and bounded.</summary>
public sealed class StoredHitsTests
{
    [Theory]
    [InlineData("pompe chaleur")]
    [InlineData("renovaton")]
    [InlineData("\"heat pumps\"")]
    public void Search_should_return_the_same_hits_when_their_stored_fields_were_read_before(string query)
    {
        var (first, again) = TempSearchIndex.SearchFirstAndAgain(query, SearchCorpus.All());

        Assert.NotEmpty(first.Hits);
        Assert.Equal(Shown(first), Shown(again));
    }

    [Fact]
    public void Search_should_show_an_edited_articles_new_title_and_text_when_its_old_fields_were_kept()
    {
        using var index = new TempSearchIndex(
            SearchCorpus.Article(1, "fr", "Le chauffage au bois", "Un poêle bien réglé chauffe une maison entière."),
            SearchCorpus.Article(2, "fr", "La géothermie", "Des sondes puisent la chaleur du sol."));
        Assert.Equal("Le chauffage au bois", Assert.Single(index.Search("chauffage").Hits).Title);

        index.Index.Upsert(SearchCorpus.Article(1, "fr", "Le chauffage au granulé", "Un chauffage aux granulés pour une maison entière."));
        index.Index.Refresh();
        var hit = Assert.Single(index.Search("chauffage").Hits);

        Assert.Equal("Le chauffage au granulé", hit.Title);
        Assert.Contains("granulés", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Hits_of_an_unchanged_segment_should_stay_kept_for_the_reader_that_follows_a_new_document()
    {
        using var folder = new TempSearchIndex(SearchCorpus.All());
        folder.Index.Commit(1);
        var hits = new StoredHits(StoredHits.DefaultKeptChars);
        using var before = DirectoryReader.Open(FSDirectory.Open(folder.Folder));
        var read = hits.Get(before, 0);

        folder.Index.Upsert(SearchCorpus.Article(900, "fr", "Un article de plus", "Dans un segment à lui."));
        folder.Index.Commit(2);
        using var after = DirectoryReader.OpenIfChanged(before) ?? throw new InvalidOperationException("the index did not change");

        Assert.True(after.Leaves.Count > before.Leaves.Count);
        Assert.Equal(1, hits.Count(after));
        Assert.Same(read, hits.Get(after, 0));
    }

    [Fact]
    public void Analysed_and_folded_texts_should_be_made_once_and_count_against_the_bound_of_the_hits_that_keep_them()
    {
        using var folder = new TempSearchIndex(SearchCorpus.All());
        folder.Index.Commit(1);
        using var reader = DirectoryReader.Open(FSDirectory.Open(folder.Folder));
        var hits = new StoredHits(StoredHits.DefaultKeptChars);
        var hit = hits.Get(reader, 0);
        var before = hits.HeldChars;

        var body = hit.Analyzed(0);
        var again = hit.Analyzed(0);
        var folded = hit.Folded;

        Assert.Same(body, again);
        Assert.Same(folded, hit.Folded);
        Assert.True(body.Count > 3);
        Assert.Equal(hit.SnippetText(0).Length, folded.Length);
        Assert.Equal(before + body.Chars + folded.Length, hits.HeldChars);
    }

    [Fact]
    public void Long_text_should_be_analysed_whole_only_once_its_hit_keeps_coming_back_and_a_short_one_at_once()
    {
        var body = string.Concat(Enumerable.Repeat("La rénovation globale des logements anciens réduit la facture. ", 40));
        using var folder = new TempSearchIndex(SearchCorpus.Article(1, "fr", "Rénovation", body));
        folder.Index.Commit(1);
        using var reader = DirectoryReader.Open(FSDirectory.Open(folder.Folder));
        var hit = new StoredHits(StoredHits.DefaultKeptChars).Get(reader, 0);

        var first = Enumerable.Range(0, StoredHit.SnippetsBeforeAnalysis).Select(_ => hit.Tokens(0)).ToList();
        var next = hit.Tokens(0);
        var title = hit.Tokens(2);

        Assert.True(hit.SnippetText(0).Length > SearchSnippets.WholeTextUpTo);
        Assert.All(first, Assert.Null);
        Assert.NotNull(next);
        Assert.Same(next, hit.Tokens(0));
        Assert.NotNull(title);
    }

    [Fact]
    public void Kept_hits_should_never_exceed_their_bound_and_should_still_be_read_right_past_it()
    {
        var documents = SearchCorpus.All();
        using var folder = new TempSearchIndex(documents);
        folder.Index.Commit(1);
        using var reader = DirectoryReader.Open(FSDirectory.Open(folder.Folder));
        var unbounded = new StoredHits(long.MaxValue);
        var one = unbounded.Get(reader, 0).Chars;
        var largest = Enumerable.Range(0, reader.MaxDoc).Max(doc => unbounded.Get(reader, doc).Chars);
        var hits = new StoredHits(keptChars: one * 3);

        var titles = new List<string>();
        var most = 0L;
        for (var round = 0; round < 2; round++)
        {
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                titles.Add(hits.Get(reader, doc).Title);
                most = Math.Max(most, hits.HeldChars);
            }
        }

        var expected = Enumerable.Range(0, reader.MaxDoc).Select(doc => reader.Document(doc).Get(SearchFields.TitleStored, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(reader.MaxDoc > 5);
        Assert.Equal(expected.Concat(expected), titles);
        Assert.InRange(most, one, (one * 3) + largest); // a hit that passes the bound is counted, not kept, and the next search starts again
        Assert.InRange(hits.Count(reader), 1, reader.MaxDoc - 1);
    }

    private static List<string> Shown(SearchResults results) =>
        results.Hits.Select(h => string.Join(
            " | ",
            h.Id,
            h.Path,
            h.Title,
            h.SnippetHtml,
            h.PublishedUtc.Ticks,
            h.Score,
            string.Join(",", h.Topics.Select(t => t.Slug + "=" + t.Name)),
            string.Join(",", h.Experts.Select(e => e.Slug + "=" + e.Name)))).ToList();
}
