using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>
/// A job of the work scheduler that only notes its runs: due at once for every tenant a node sees, it takes
/// <paramref name="takes"/> and is due again after <paramref name="every"/> (never again when null).
/// </summary>
public sealed class ProbeJob(string node, ProbeRuns runs, JobPlacement placement, TimeSpan? every, TimeSpan takes, string kind = "probe") : ITenantJob
{
    public string Kind => kind;

    public JobPlacement Placement => placement;

    public DateTimeOffset? FirstDue(TenantDescriptor tenant, DateTimeOffset now) => now;

    public async Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var started = DateTimeOffset.UtcNow;
        try
        {
            await Task.Delay(takes, cancellationToken);
        }
        finally
        {
            runs.Add(new ProbeRun(node, tenant.Name, started, DateTimeOffset.UtcNow));
        }

        return every is { } interval ? DateTimeOffset.UtcNow + interval : null;
    }
}
