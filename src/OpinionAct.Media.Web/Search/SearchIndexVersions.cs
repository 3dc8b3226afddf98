using System.Collections.Concurrent;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// Answers "anything new for this tenant's index?" without a query. Each tenant has an in-memory version,
/// bumped by content changes on this node (<see cref="SearchIndexListener"/>) and, for changes made by other
/// nodes or the CLI, by the tenant table's content version (<see cref="ITenantContentObserver"/>, within the
/// registry's refresh interval). A search reads the indexing log only when the version moved since the last
/// read, or when that read is older than <see cref="RecheckInterval"/>: a safety net for a change nobody
/// announced (a write made straight into the database), so that such a change shows within seconds.
/// </summary>
public sealed class SearchIndexVersions(TimeProvider clock) : ITenantContentObserver, ITenantResourceOwner
{
    /// <summary>The longest a search trusts the version without reading the log.</summary>
    internal static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, State> _tenants = new(StringComparer.Ordinal);

    /// <summary>Something changed the tenant's content: the next search reads the log.</summary>
    public void Bump(string tenant) => For(tenant).Bump();

    /// <summary>The tenant's version now; read it before reading the log and pass it to <see cref="Checked"/> after.</summary>
    public long Current(string tenant) => For(tenant).Version;

    /// <summary>
    /// False when the log was last read at <paramref name="version"/> less than <see cref="RecheckInterval"/> ago:
    /// nothing was announced since, the index needs no look at the log.
    /// </summary>
    public bool NeedsCheck(string tenant, long version)
    {
        var state = For(tenant);
        return version != state.CheckedVersion || clock.GetUtcNow().UtcTicks - state.CheckedAt >= RecheckInterval.Ticks;
    }

    /// <summary>The log was read (and applied) as of <paramref name="version"/>.</summary>
    public void Checked(string tenant, long version) => For(tenant).Checked(version, clock.GetUtcNow().UtcTicks);

    public Task OnTenantContentChangedAsync(string tenant, CancellationToken cancellationToken)
    {
        Bump(tenant);
        return Task.CompletedTask;
    }

    public void Release(string tenant) => _tenants.TryRemove(tenant, out _);

    private State For(string tenant) => _tenants.GetOrAdd(tenant, static _ => new State());

    /// <summary>One tenant's version and the version (and time) the log was last read at; a new state is stale.</summary>
    private sealed class State
    {
        private readonly Lock _gate = new();
        private long _version = 1;
        private long _checkedVersion;
        private long _checkedAt;

        public long Version => Interlocked.Read(ref _version);

        public long CheckedVersion => Interlocked.Read(ref _checkedVersion);

        public long CheckedAt => Interlocked.Read(ref _checkedAt);

        public void Bump() => Interlocked.Increment(ref _version);

        public void Checked(long version, long utcTicks)
        {
            lock (_gate)
            {
                // Two catch-ups may finish out of order: never move back to an older version.
                if (version >= _checkedVersion)
                {
                    Interlocked.Exchange(ref _checkedVersion, version);
                    Interlocked.Exchange(ref _checkedAt, utcTicks);
                }
            }
        }
    }
}
