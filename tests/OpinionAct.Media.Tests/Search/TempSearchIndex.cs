using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

/// <summary>A search index in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempSearchIndex : IDisposable
{
    public TempSearchIndex(params SearchDocument[] documents)
    {
        Folder = Path.Combine(Path.GetTempPath(), "oa-search-test-" + Guid.NewGuid().ToString("N"));
        Index = new SearchIndex(Folder);
        if (documents.Length > 0)
        {
            foreach (var document in documents)
            {
                Index.Upsert(document);
            }

            Index.Refresh();
        }
    }

    public string Folder { get; }

    public SearchIndex Index { get; private set; }

    /// <summary>Closes the index and opens a new one over the same folder.</summary>
    public SearchIndex Reopen()
    {
        Index.Dispose();
        Index = new SearchIndex(Folder);
        return Index;
    }

    public SearchResults Search(string? query, Func<SearchRequest, SearchRequest>? configure = null)
    {
        var request = new SearchRequest { Query = query, PageSize = 50 };
        return Index.Search(configure is null ? request : configure(request));
    }

    /// <summary>
    /// <paramref name="query"/> searched on two indexes of the same documents: one searching it for the first time, one
    /// that searched it before (so whatever a search keeps per reader is kept).
    /// </summary>
    public static (SearchResults First, SearchResults Again) SearchFirstAndAgain(string query, SearchDocument[] documents)
    {
        using var fresh = new TempSearchIndex(documents);
        using var warm = new TempSearchIndex(documents);
        warm.Search(query);
        return (fresh.Search(query), warm.Search(query));
    }

    public int[] Ids(string? query, Func<SearchRequest, SearchRequest>? configure = null) =>
        Search(query, configure).Hits.Select(h => h.Id).ToArray();

    public void Dispose()
    {
        Index.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
