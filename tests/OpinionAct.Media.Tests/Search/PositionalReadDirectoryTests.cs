using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

public sealed class PositionalReadDirectoryTests
{
    [Fact]
    public async Task Search_should_give_every_concurrent_reader_the_sequential_answer_when_file_inputs_are_read_by_position()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        string[] queries = ["rénovation", "renovaton", "\"pompe à chaleur\"", "smart grids", "durrand", "électricité réseaux", "isolation"];
        var expected = queries.ToDictionary(q => q, q => Answer(index.Search(q)));
        Assert.All(expected.Values, answer => Assert.False(answer.StartsWith("0|", StringComparison.Ordinal), answer));

        // Clones of one file handle, read at the same time from several threads: no shared file pointer to race on.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
            Enumerable.Range(0, 50).Select(i => queries[(worker + i) % queries.Length]).Select(q => (q, Answer(index.Search(q)))).ToList())));

        foreach (var (query, answer) in answers.SelectMany(a => a))
        {
            Assert.Equal(expected[query], answer);
        }
    }

    [Fact]
    public void Search_should_read_the_committed_index_when_it_is_reopened_from_its_files()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());
        index.Index.Commit(7);
        var before = Answer(index.Search("rénovation énergétique"));
        Assert.False(before.StartsWith("0|", StringComparison.Ordinal), before);

        var reopened = index.Reopen();

        Assert.Equal(7, reopened.Cursor);
        Assert.Equal(before, Answer(index.Search("rénovation énergétique")));
    }

    private static string Answer(SearchResults results) =>
        $"{results.Total}|" + string.Join(";", results.Hits.Select(h => $"{h.Id}:{h.Score}:{h.SnippetHtml}"));
}
