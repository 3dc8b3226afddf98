using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpinionAct.Media.Data.Host;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>Ready means the host database answers: without it no request can be routed.</summary>
internal sealed class HostDatabaseHealthCheck(HostHealthStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The host database cannot be reached.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The host database cannot be reached.", ex);
        }
    }
}
