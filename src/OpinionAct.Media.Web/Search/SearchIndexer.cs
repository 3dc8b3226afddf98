using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Search;
using OpinionAct.Media.Search;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// Brings this node's index of the current tenant up to date by replaying the indexing log after
/// the index's cursor; a new index (cursor 0) is built from the articles first. A log row with article id 0 asks for a
/// full rebuild. The log is read only when
/// <see cref="SearchIndexVersions"/> says something may have changed, so most searches cost no query.
/// </summary>
public sealed class SearchIndexer(
    SearchIndexStore store, TenantContext tenant, TenantSearchIndexes indexes, SearchIndexVersions versions, ITenantStore tenants, TimeProvider clock)
{
    /// <summary>The log row that asks every node to rebuild its index from the database.</summary>
    public const int RebuildMarker = 0;

    private const int Batch = 500;

    /// <summary>Applies pending log rows if a change was announced since the last look (no query otherwise).</summary>
    public Task CatchUpAsync(CancellationToken cancellationToken) => CatchUpAsync(always: false, cancellationToken);

    /// <summary>
    /// Applies pending log rows; with <paramref name="always"/> (an editor's search, which covers drafts whose
    /// edits announce nothing) the log is read even when no change was announced: one indexed query.
    /// </summary>
    public async Task CatchUpAsync(bool always, CancellationToken cancellationToken)
    {
        var name = tenant.Tenant.Name;
        var version = versions.Current(name);
        if (!always && !versions.NeedsCheck(name, version))
        {
            return;
        }

        var index = indexes.For(name);
        var latest = await store.LatestAsync(cancellationToken);

        // Not index.Cursor: another catch-up (the background worker's) may have committed rows it has not yet made
        // searchable; this search then waits for it at the gate below.
        if (latest <= index.SearchableCursor)
        {
            versions.Checked(name, version);
            return;
        }

        var gate = indexes.GateFor(tenant.Tenant.Name);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (index.Cursor == 0)
            {
                // A new index (a node started on an empty data folder, or a deleted index): read the articles as they
                // are rather than replay their whole history. Rows written meanwhile are replayed below; replaying a
                // row already reflected is harmless.
                var upTo = await store.LatestAsync(cancellationToken);
                await RebuildIndexAsync(index, cancellationToken);
                index.Commit(upTo);
            }

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
            versions.Checked(name, version);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Asks every node (this one included) to rebuild its index of the current tenant, and moves the tenant's
    /// content version so that each node looks at the log before its next search.
    /// </summary>
    public async Task RequestRebuildAsync(CancellationToken cancellationToken)
    {
        await store.AppendAsync(new SearchIndexLogRecord { ArticleId = RebuildMarker, CreatedUtc = clock.GetUtcNow().UtcDateTime }, cancellationToken);
        versions.Bump(tenant.Tenant.Name);
        await tenants.BumpContentVersionAsync(tenant.Tenant.Name, cancellationToken);
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
        var upserts = new List<SearchDocument>(articles.Count);
        foreach (var id in articleIds)
        {
            if (articles.TryGetValue(id, out var article))
            {
                upserts.Add(ToDocument(article));
            }
            else
            {
                index.Delete(id);
            }
        }

        // Each id is either stored or deleted, never both, so the order of the two does not matter.
        index.UpsertAll(upserts);
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
