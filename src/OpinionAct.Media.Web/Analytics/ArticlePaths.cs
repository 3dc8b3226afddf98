using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Maps a page path to its article id, per tenant, reloaded when the tenant's content version moves
/// (or, for an unknown path, at most once a second, so an article published a moment ago is found).
/// </summary>
public sealed class ArticlePaths(MediaDatabase database, TimeProvider clock) : ITenantResourceOwner
{
    private readonly ConcurrentDictionary<string, Entry> _maps = new(StringComparer.Ordinal);

    public async ValueTask<int> ArticleIdAsync(TenantDescriptor tenant, string path)
    {
        var now = clock.GetUtcNow();
        if (!_maps.TryGetValue(tenant.Name, out var entry) || entry.Version != tenant.ContentVersion)
        {
            entry = await LoadAsync(tenant, now);
        }

        if (entry.Paths.TryGetValue(path, out var id))
        {
            return id;
        }

        if (now - entry.LoadedUtc > TimeSpan.FromSeconds(1))
        {
            entry = await LoadAsync(tenant, now);
            return entry.Paths.GetValueOrDefault(path);
        }

        return 0;
    }

    public void Release(string tenant) => _maps.TryRemove(tenant, out _);

    private async Task<Entry> LoadAsync(TenantDescriptor tenant, DateTimeOffset now)
    {
        await using var db = database.CreateTenantContext(tenant.Name);
        var paths = await db.Articles.AsNoTracking().Select(a => new { a.Path, a.Id }).ToListAsync();
        var entry = new Entry(tenant.ContentVersion, now, paths.ToDictionary(p => p.Path, p => p.Id, StringComparer.Ordinal));
        _maps[tenant.Name] = entry;
        return entry;
    }

    private sealed record Entry(long Version, DateTimeOffset LoadedUtc, Dictionary<string, int> Paths);
}
