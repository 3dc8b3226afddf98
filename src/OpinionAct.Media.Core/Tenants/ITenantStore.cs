namespace OpinionAct.Media.Tenants;

/// <summary>The tenant table in the host database, shared by every web node and the CLI.</summary>
public interface ITenantStore
{
    Task<TenantTable> LoadAsync(CancellationToken cancellationToken);

    /// <summary>The change counter, bumped by every write; cheap to poll.</summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken);

    Task<TenantDescriptor?> FindAsync(string name, CancellationToken cancellationToken);

    /// <exception cref="MediaValidationException">The name, a host or the prefix is already taken.</exception>
    Task CreateAsync(TenantDescriptor tenant, CancellationToken cancellationToken);

    /// <summary>Saves display name, state, theme, recipe, hosts and prefix.</summary>
    /// <exception cref="MediaValidationException">No such tenant, or a new host or prefix is another tenant's.</exception>
    Task<TenantDescriptor> UpdateAsync(TenantDescriptor tenant, CancellationToken cancellationToken);

    /// <exception cref="MediaValidationException">No such tenant.</exception>
    Task RemoveAsync(string name, CancellationToken cancellationToken);

    /// <summary>Records that the tenant's public content changed, for every node to see on its next refresh; returns the new content version.</summary>
    Task<long> BumpContentVersionAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Records that work is due for the tenant at <paramref name="due"/>: lowers its next-work time if that is later (or
    /// unknown) and then bumps the change counter, so every node's scheduler wakes for it; does nothing otherwise.
    /// </summary>
    Task ScheduleWorkAsync(string name, DateTimeOffset due, CancellationToken cancellationToken);

    /// <summary>
    /// Writes back, after a scheduler run that started at <paramref name="ranAt"/>, when work is next due: replaces a stored
    /// time the run covered (at or before <paramref name="ranAt"/>), keeps a later one unless <paramref name="nextDue"/> is earlier.
    /// Does not bump the change counter: a later or equal time wakes nobody earlier.
    /// </summary>
    Task SetNextWorkAsync(string name, DateTimeOffset ranAt, DateTimeOffset? nextDue, CancellationToken cancellationToken);
}
