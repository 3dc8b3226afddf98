using System.Globalization;
using OpinionAct.Media.Insights;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Insights;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Insights.Console;

/// <summary>The agency console's audience page: every running hub's headline figures side by side, from the same insights service.</summary>
public static class AgencyInsightsEndpoints
{
    public static RouteGroupBuilder MapAgencyInsights(this RouteGroupBuilder admin)
    {
        admin.MapGet("/insights", PageAsync);
        return admin;
    }

    private static async Task<IResult> PageAsync(
        HttpContext http, TenantRegistry registry, TenantActivator activator, TimeProvider clock, ILoggerFactory loggers, string? days, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(AgencyInsightsEndpoints).FullName!);
        var span = int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 366 ? d : 30;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var period = new InsightsPeriod(today.AddDays(1 - span), today);
        var hubs = new List<HubFigures>();
        foreach (var tenant in registry.Table.Tenants.Where(t => t.State == TenantState.Running && !t.IsHost).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Figures f, p;
            try
            {
                await activator.EnsureActivatedAsync(tenant.Name);
                await using var scope = http.RequestServices.CreateTenantScope(tenant);
                f = await scope.ServiceProvider.GetRequiredService<InsightsService>().HeadlineAsync(period, ct);
                p = await scope.ServiceProvider.GetRequiredService<InsightsService>().HeadlineAsync(period.Previous, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // One hub's broken storage must not hide every other hub's figures; it is logged and shown as unavailable.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.AgencyInsightsUnavailable(ex, tenant.Name);
                hubs.Add(new HubFigures(tenant, null, null));
                continue;
            }

            hubs.Add(new HubFigures(tenant, f, p));
        }

        return ConsoleView.Page<HubsAudiencePage>(new { Hubs = hubs, Span = span, Period = period });
    }
}
