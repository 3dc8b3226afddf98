using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpinionAct.Media.Data.Host;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// Ready means the host database answers: without it no request can be routed. A database that does not answer
/// (a dropped network, a frozen server) fails the check within <see cref="Budget"/> (or the connect timeout, 5 s by
/// default, if the driver cannot be interrupted sooner): it never holds the probe.
/// </summary>
internal sealed class HostDatabaseHealthCheck(HostHealthStore store) : IHealthCheck
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        try
        {
            // Cancelled, not abandoned: the scope's context must not be disposed while its connection is still opening.
            return await store.CanConnectAsync(budget.Token)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database cannot be reached.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The database did not answer within {Budget.TotalSeconds:0} seconds.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception stays out of the answer (it may name hosts); the check's log has it.
            return HealthCheckResult.Unhealthy("The database cannot be reached.", ex);
        }
    }
}
