using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// Raw events in a tenant's database: the group-commit writer's sessions, and the page paths the
/// ingestion maps to article ids.
/// </summary>
public sealed class AnalyticsEventStore(MediaDatabase database)
{
    /// <summary>
    /// Takes the roll-up state row's lock: writers take it first, so event ids become visible in commit
    /// order (PostgreSQL) and the roll-up, which takes it too, never skips one.
    /// </summary>
    internal const string LockStatement = "UPDATE \"AnalyticsState\" SET \"RolledUpToId\" = \"RolledUpToId\" WHERE \"Id\" = 1";

    /// <summary>A connection of its own for one tenant's writer loop, kept open with its statements prepared.</summary>
    public Task<AnalyticsEventSession> OpenSessionAsync(string tenant, CancellationToken cancellationToken) =>
        AnalyticsEventSession.OpenAsync(database.CreateTenantContext(tenant), cancellationToken);

    /// <summary>Every article's id by its path.</summary>
    public async Task<FrozenDictionary<string, int>> ArticleIdsByPathAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var db = database.CreateTenantContext(tenant);
        var paths = await db.Articles.AsNoTracking().Select(a => new { a.Path, a.Id }).ToListAsync(cancellationToken);
        return paths.ToFrozenDictionary(p => p.Path, p => p.Id, StringComparer.Ordinal);
    }
}
