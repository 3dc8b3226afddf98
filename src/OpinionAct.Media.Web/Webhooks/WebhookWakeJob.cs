using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Webhooks;

/// <summary>
/// The webhooks job of <see cref="TenantWorkScheduler"/>: when a hook is created, enabled or a delivery replayed on
/// another node or by the CLI, this node's scheduler sees the tenant table's next-work time move and this job tells the
/// delivery worker to look at the tenant again (whether it has active hooks). Nothing else: the worker delivers.
/// </summary>
internal sealed class WebhookWakeJob(WebhookSignal signal) : ITenantJob
{
    /// <summary>The job's kind in the due-time index.</summary>
    public const string JobKind = "webhooks";

    public string Kind => JobKind;

    public Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        signal.Wake(tenant.Name);
        return Task.FromResult<DateTimeOffset?>(null);
    }
}
