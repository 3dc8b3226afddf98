namespace OpinionAct.Media.Search;

// TEMPORARY stand-in (in memory, substring match) until the Lucene index lands from its branch; removed on merge.
#pragma warning disable CA1822, CA1801, IDE0060, CA1001
public sealed class SearchIndex : IDisposable
{
    private readonly Dictionary<int, SearchDocument> _docs = [];
    private readonly Lock _gate = new();

    public SearchIndex(string folder) => Folder = folder;

    public string Folder { get; }

    public long Cursor { get; private set; }

    public void Upsert(SearchDocument document)
    {
        lock (_gate)
        {
            _docs[document.Id] = document;
        }
    }

    public void Delete(int id)
    {
        lock (_gate)
        {
            _docs.Remove(id);
        }
    }

    public void DeleteAll()
    {
        lock (_gate)
        {
            _docs.Clear();
        }
    }

    public void Commit(long cursor) => Cursor = cursor;

    public void Refresh() { }

    public int Count(bool includeUnpublished)
    {
        lock (_gate)
        {
            return _docs.Values.Count(d => includeUnpublished || d.IsPublished);
        }
    }

    public SearchResults Search(SearchRequest request)
    {
        lock (_gate)
        {
            var q = SearchText.Normalize(request.Query);
            var hits = _docs.Values.Where(d => (request.IncludeUnpublished || d.IsPublished)
                && (q.Length == 0 || (d.Title + " " + d.Body).Contains(q, StringComparison.OrdinalIgnoreCase))
                && (request.TopicSlugs.Count == 0 || d.Topics.Any(t => request.TopicSlugs.Contains(t.Slug)))).ToList();
            return new SearchResults
            {
                Query = q,
                Total = hits.Count,
                Page = request.Page,
                PageSize = request.PageSize,
                Hits = hits.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
                    .Select(d => new SearchHit(d.Id, d.Path, d.Title, System.Net.WebUtility.HtmlEncode(d.Body.Length > 200 ? d.Body[..200] : d.Body), d.PublishedUtc, d.Topics, d.Experts, 1)).ToList(),
                Topics = hits.SelectMany(h => h.Topics).GroupBy(t => t.Slug).Select(g => new FacetCount(g.Key, g.First().Name, g.Count())).ToList(),
            };
        }
    }

    public void Dispose() { }
}

public static class SearchText
{
    public static string Normalize(string? query) =>
        string.Join(' ', (query ?? string.Empty).Where(c => !char.IsControl(c)).ToArray().AsSpan().ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant() is var s && s.Length > 200 ? s[..200] : string.Join(' ', (query ?? string.Empty).Where(c => !char.IsControl(c)).ToArray().AsSpan().ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
