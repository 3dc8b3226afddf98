using System.Collections.Concurrent;
using OpinionAct.Media.Ambassadors;
using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Ambassadors;

/// <summary>
/// Turns a share code from a page URL into the ambassador it attributes to, for the events endpoint and the signup's
/// attribution. Per tenant, the ambassadors' keys are held in memory and read again at most every
/// <see cref="RefreshAfter"/> (a revocation on another node counts from then) or at once after a change on this node.
/// A code that is not shaped like one, names no ambassador, fails its signature or names a revoked one gives 0: the
/// event or signup is kept without attribution. A forged code never causes a database read beyond that refresh.
/// </summary>
public sealed class AmbassadorDirectory(IServiceProvider services, TimeProvider clock, ILogger<AmbassadorDirectory> logger)
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Lazy<Task<Keys>>> _tenants = new(StringComparer.Ordinal);

    public async ValueTask<int> ResolveAsync(TenantDescriptor tenant, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (AmbassadorCode.ClaimedId(code) is not { } id)
        {
            return 0;
        }

        Keys keys;
        try
        {
            keys = await KeysAsync(tenant, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Attribution is a figure, never a condition: an unreadable table leaves the event unattributed.
            logger.AmbassadorKeysUnavailable(ex, tenant.Name);
            _tenants.TryRemove(tenant.Name, out _);
            return 0;
        }

        return keys.ById.TryGetValue(id, out var key) && key.Active && AmbassadorCode.Verify(key.Secret, tenant.Name, id, code!) ? id : 0;
    }

    /// <summary>Drops the tenant's keys so the next code reads them again (an ambassador created or revoked here).</summary>
    public void Forget(string tenantName) => _tenants.TryRemove(tenantName, out _);

    private async Task<Keys> KeysAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var entry = _tenants.GetOrAdd(tenant.Name, _ => Load(tenant));
        var keys = await entry.Value.WaitAsync(cancellationToken);
        if (now - keys.LoadedAt <= RefreshAfter)
        {
            return keys;
        }

        // One reload per tenant at a time: whoever replaces the stale entry loads, the others wait for that load.
        var fresh = Load(tenant);
        var current = _tenants.AddOrUpdate(tenant.Name, fresh, (_, existing) => ReferenceEquals(existing, entry) ? fresh : existing);
        return await current.Value.WaitAsync(cancellationToken);
    }

    private Lazy<Task<Keys>> Load(TenantDescriptor tenant) => new(async () =>
    {
        await using var scope = services.CreateTenantScope(tenant);
        var rows = await scope.ServiceProvider.GetRequiredService<AmbassadorStore>().KeysAsync(CancellationToken.None);
        return new Keys(clock.GetUtcNow(), rows.ToDictionary(r => r.Id));
    });

    private sealed record Keys(DateTimeOffset LoadedAt, Dictionary<int, AmbassadorKeyRow> ById);
}
