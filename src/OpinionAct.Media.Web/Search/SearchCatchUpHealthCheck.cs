using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// Not ready while this node is still building, from the database, the indexes it started without: a load balancer
/// then keeps readers' searches on nodes that can answer them. The tenants still catching up are named in the answer.
/// </summary>
internal sealed class SearchCatchUpHealthCheck(SearchCatchUp state) : IHealthCheck
{
    /// <summary>The key of the tenants' names in the result's data.</summary>
    public const string TenantsKey = "tenants";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var catchingUp = state.CatchingUp;
        var data = new Dictionary<string, object> { [TenantsKey] = catchingUp };
        return Task.FromResult(state.Started
            ? HealthCheckResult.Healthy("Every running tenant's search index is built on this node.", data)
            : HealthCheckResult.Unhealthy(
                catchingUp.Count == 0
                    ? "This node has not yet looked at its search indexes."
                    : $"This node is building the search indexes of {catchingUp.Count} tenant(s) from the database.",
                data: data));
    }
}
