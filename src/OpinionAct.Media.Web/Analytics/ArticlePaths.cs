using System.Collections.Concurrent;
using System.Collections.Frozen;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Maps a page path to its article id, per tenant. The map is reloaded when the tenant's content
/// changed: on this node at once (<see cref="IContentChangeListener"/>: a publish here is recognised
/// by the next event), elsewhere when the tenant table's content version moves. An unknown path (the
/// home page, a topic page, anything a client makes up) reloads it only when the map is older than
/// <see cref="UnknownPathReloadInterval"/>, a safety net for changes nobody announced. At most one
/// reload runs per tenant; meanwhile other requests use the map they have. Unknown paths are never
/// remembered, so they cannot grow memory.
/// </summary>
public sealed class ArticlePaths(AnalyticsEventStore store, TimeProvider clock) : ITenantResourceOwner, IContentChangeListener
{
    /// <summary>The oldest a map may be for an unknown path to reload it.</summary>
    internal static readonly TimeSpan UnknownPathReloadInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, TenantPaths> _tenants = new(StringComparer.Ordinal);
    private int _loads;

    /// <summary>How many times a tenant's paths were read from its database (tests count reloads with it).</summary>
    internal int Loads => Volatile.Read(ref _loads);

    public async ValueTask<int> ArticleIdAsync(TenantDescriptor tenant, string path)
    {
        var state = _tenants.GetOrAdd(tenant.Name, _ => new TenantPaths());
        var map = state.Current;
        if (map is null)
        {
            // Nothing to answer with yet: everyone waits for the first load (one for all).
            map = await state.ReloadAsync(() => LoadAsync(state, tenant), waitForRunning: true) ?? throw new InvalidOperationException("The first load returned no map.");
        }
        else if (tenant.ContentVersion > map.Version || state.Changes != map.Changes)
        {
            map = await state.ReloadAsync(() => LoadAsync(state, tenant), waitForRunning: false) ?? map;
        }

        if (map.Paths.TryGetValue(path, out var id))
        {
            return id;
        }

        if (clock.GetUtcNow() - map.LoadedUtc >= UnknownPathReloadInterval
            && await state.ReloadAsync(() => LoadAsync(state, tenant), waitForRunning: false) is { } fresh)
        {
            return fresh.Paths.GetValueOrDefault(path);
        }

        return 0;
    }

    /// <summary>A change committed on this node: the next event reloads the map.</summary>
    public Task OnContentChangedAsync(string tenant, CancellationToken cancellationToken)
    {
        if (_tenants.TryGetValue(tenant, out var state))
        {
            state.Changed();
        }

        return Task.CompletedTask;
    }

    public void Release(string tenant) => _tenants.TryRemove(tenant, out _);

    private async Task<Map> LoadAsync(TenantPaths state, TenantDescriptor tenant)
    {
        // Read the markers before the articles: a change committed after this point marks the new map stale.
        var changes = state.Changes;
        var paths = await store.ArticleIdsByPathAsync(tenant.Name, CancellationToken.None);
        Interlocked.Increment(ref _loads);
        return new Map(tenant.ContentVersion, changes, clock.GetUtcNow(), paths);
    }

    private sealed record Map(long Version, int Changes, DateTimeOffset LoadedUtc, FrozenDictionary<string, int> Paths);

    /// <summary>One tenant's map and its single reload in flight.</summary>
    private sealed class TenantPaths
    {
        private readonly Lock _gate = new();
        private Map? _current;
        private Task<Map>? _loading;
        private int _changes;

        public Map? Current => Volatile.Read(ref _current);

        public int Changes => Volatile.Read(ref _changes);

        public void Changed() => Interlocked.Increment(ref _changes);

        /// <summary>
        /// Starts a reload unless one is running, and returns its map. When one is already running, returns
        /// it too if <paramref name="waitForRunning"/>, else null at once (the caller keeps the map it has).
        /// </summary>
        public async Task<Map?> ReloadAsync(Func<Task<Map>> load, bool waitForRunning)
        {
            Task<Map> task;
            lock (_gate)
            {
                if (_loading is { IsCompleted: false } running)
                {
                    if (!waitForRunning)
                    {
                        return null;
                    }

                    task = running;
                }
                else
                {
                    task = _loading = RunAsync(load);
                }
            }

            return await task;
        }

        private async Task<Map> RunAsync(Func<Task<Map>> load)
        {
            // Off the caller's stack, so the load never runs (even synchronously) inside the lock.
            await Task.Yield();
            var map = await load();
            lock (_gate)
            {
                // Maps are published in load order; a slower, older load never replaces a newer map.
                if (_current is null || map.LoadedUtc >= _current.LoadedUtc)
                {
                    Volatile.Write(ref _current, map);
                }
            }

            return map;
        }
    }
}
