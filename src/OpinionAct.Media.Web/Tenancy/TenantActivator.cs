using System.Collections.Concurrent;
using OpinionAct.Media.Data;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// Brings a tenant's database up to the current schema once per process, on its first request,
/// so a deploy with new migrations upgrades each tenant lazily instead of all at start-up.
/// </summary>
public sealed class TenantActivator(MediaDatabase database) : ITenantResourceOwner
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _activations = new(StringComparer.Ordinal);

    public Task EnsureActivatedAsync(string tenant)
    {
        var activation = _activations.GetOrAdd(tenant, name => new Lazy<Task>(() => database.MigrateTenantAsync(name, CancellationToken.None)));
        if (activation.Value.IsFaulted)
        {
            // Let the next request try again rather than caching a failure forever.
            _activations.TryRemove(new KeyValuePair<string, Lazy<Task>>(tenant, activation));
        }

        return activation.Value;
    }

    /// <summary>Marks a tenant as activated by setup, which already migrated it.</summary>
    public void MarkActivated(string tenant) => _activations[tenant] = new Lazy<Task>(Task.CompletedTask);

    public void Release(string tenant) => _activations.TryRemove(tenant, out _);
}
