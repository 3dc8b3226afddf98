using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Search;
using OpinionAct.Media.Search;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// Brings this node's index of the current tenant up to date by replaying the indexing log after
/// the index's cursor. A log row with article id 0 asks for a full rebuild.
/// </summary>
public sealed class SearchIndexer(SearchIndexStore store, TenantContext tenant, TenantSearchIndexes indexes, TimeProvider clock)
{
    /// <summary>The log row that asks every node to rebuild its index from the database.</summary>
    public const int RebuildMarker = 0;

    private const int Batch = 500;

    /// <summary>Applies pending log rows; cheap when there are none (one indexed query).</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var index = indexes.For(tenant.Tenant.Name);
        var latest = await store.LatestAsync(cancellationToken);
        if (latest <= index.Cursor)
        {
            return;
        }

        var gate = indexes.GateFor(tenant.Tenant.Name);
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var cursor = index.Cursor;
                var rows = await store.AfterAsync(cursor, Batch, cancellationToken);
                if (rows.Count == 0)
                {
                    break;
                }

                if (rows.Any(r => r.ArticleId == RebuildMarker))
                {
                    await RebuildIndexAsync(index, cancellationToken);
                }
                else
                {
                    await ApplyAsync(index, rows.Select(r => r.ArticleId).Distinct().ToList(), cancellationToken);
                }

                index.Commit(rows[^1].Id);
            }

            index.Refresh();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Asks every node (this one included) to rebuild its index of the current tenant.</summary>
    public async Task RequestRebuildAsync(CancellationToken cancellationToken)
    {
        await store.AppendAsync(new SearchIndexLogRecord { ArticleId = RebuildMarker, CreatedUtc = clock.GetUtcNow().UtcDateTime }, cancellationToken);
    }

    private async Task RebuildIndexAsync(SearchIndex index, CancellationToken cancellationToken)
    {
        index.DeleteAll();
        var ids = await store.ArticleIdsAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(Batch))
        {
            await ApplyAsync(index, chunk, cancellationToken);
        }
    }

    private async Task ApplyAsync(SearchIndex index, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        var articles = await store.ArticlesAsync(articleIds, cancellationToken);
        foreach (var id in articleIds)
        {
            if (articles.TryGetValue(id, out var article))
            {
                index.Upsert(ToDocument(article));
            }
            else
            {
                index.Delete(id);
            }
        }
    }

    public static SearchDocument ToDocument(ArticleRecord article) => new()
    {
        Id = article.Id,
        Path = article.Path,
        Title = article.Title,
        Dek = article.Dek,
        Body = article.BodyText,
        Language = article.Language,
        PublishedUtc = article.PublishedUtc ?? article.CreatedUtc,
        IsPublished = article.Status == (int)ArticleStatus.Published,
        Topics = article.OrderedTopics().Select(t => new SearchTerm(t.Slug, t.Name)).ToList(),
        Experts = article.OrderedExperts().Select(e => new SearchTerm(e.Slug, e.Name)).ToList(),
    };
}
