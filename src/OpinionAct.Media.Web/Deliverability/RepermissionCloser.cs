using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Deliverability;

/// <summary>
/// The job of <see cref="TenantWorkScheduler"/> that closes re-permission campaigns at their deadline (scheduled when a
/// campaign starts, recorded in the tenant table so a restart keeps it). Safe on several nodes: closing is per request
/// and conditional, so a second node finds nothing left to do.
/// </summary>
internal sealed class RepermissionCloser(IServiceProvider services, TenantActivator activator, TimeProvider clock, ILogger<RepermissionCloser> logger) : ITenantJob
{
    public const string JobKind = "repermission";

    public string Kind => JobKind;

    public async Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        try
        {
            await activator.EnsureActivatedAsync(tenant.Name);
            await using var scope = services.CreateTenantScope(tenant);
            var next = await scope.ServiceProvider.GetRequiredService<RepermissionService>().CloseDueAsync(cancellationToken);
            return next is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One tenant's broken database must not stop the others; try again in an hour.
            logger.RepermissionCloseFailed(ex, tenant.Name);
            return clock.GetUtcNow().AddHours(1);
        }
    }
}
