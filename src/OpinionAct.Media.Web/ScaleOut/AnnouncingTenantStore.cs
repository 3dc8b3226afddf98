using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// A cluster member's tenant table: the database's, plus an announcement through Redis after every committed write,
/// so the other nodes evict and refresh within a second rather than at their next poll (which stays, as the fallback).
/// </summary>
internal sealed class AnnouncingTenantStore(ITenantStore inner, TenantChangeAnnouncer announcer) : ITenantStore
{
    public Task<TenantTable> LoadAsync(CancellationToken cancellationToken) => inner.LoadAsync(cancellationToken);

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);

    public Task<TenantDescriptor?> FindAsync(string name, CancellationToken cancellationToken) => inner.FindAsync(name, cancellationToken);

    public async Task CreateAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        await inner.CreateAsync(tenant, cancellationToken);
        announcer.Announce(tenant.Name);
    }

    public async Task<TenantDescriptor> UpdateAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        var saved = await inner.UpdateAsync(tenant, cancellationToken);
        announcer.Announce(saved.Name);
        return saved;
    }

    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        await inner.RemoveAsync(name, cancellationToken);
        announcer.Announce(name);
    }

    public async Task<long> BumpContentVersionAsync(string name, CancellationToken cancellationToken)
    {
        var version = await inner.BumpContentVersionAsync(name, cancellationToken);
        announcer.Announce(name);
        return version;
    }

    public async Task ScheduleWorkAsync(string name, DateTimeOffset due, CancellationToken cancellationToken)
    {
        // Other nodes' schedulers read next-work times from the table: hearing of it now wakes them now.
        await inner.ScheduleWorkAsync(name, due, cancellationToken);
        announcer.Announce(name);
    }

    public Task SetNextWorkAsync(string name, DateTimeOffset ranAt, DateTimeOffset? nextDue, CancellationToken cancellationToken) =>
        inner.SetNextWorkAsync(name, ranAt, nextDue, cancellationToken);
}
