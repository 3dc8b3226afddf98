using System.Globalization;
using System.Text;
using OpinionAct.Media.Insights;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Insights;
using OpinionAct.Media.Web.Tenancy;
using static OpinionAct.Media.Web.Html.HtmlPage;

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
        var rows = new StringBuilder();
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
                rows.Append(CultureInfo.InvariantCulture, $"""
                    <tr><th scope="row">{E(tenant.DisplayName)} <span class="muted">({E(tenant.Name)})</span></th><td colspan="8">Figures unavailable: this hub's storage could not be read (see the log).</td></tr>
                    """);
                continue;
            }

            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr><th scope="row">{E(tenant.DisplayName)} <span class="muted">({E(tenant.Name)})</span></th><td>{f.Views:N0}{Change(f.Views, p.Views)}</td><td>{f.Visitors:N0}{Change(f.Visitors, p.Visitors)}</td><td>{f.AvgEngagedSeconds:0.0} s</td><td>{f.CompletionRate:0.0 %}</td><td>{f.ReturningShare:0.0 %}</td><td>{f.Signups:N0}{Change(f.Signups, p.Signups)}</td><td>{f.Searches:N0}</td><td>{f.ZeroResultSearches:N0}</td></tr>
                """);
        }

        var basePath = E(http.Request.PathBase);
        var body = $"""
            <h1>Audience of every hub</h1>
            <p>Last {span} days ({period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}, UTC), change against the {span} days before. Visitors are the sum of daily unique visitors. <a href="{basePath}/admin">Back to tenants</a></p>
            <form method="get" action="{basePath}/admin/insights"><label for="days">Days</label><input id="days" name="days" type="number" min="1" max="366" value="{span}"> <button type="submit">Show</button></form>
            <table>
            <caption class="visually-hidden">Headline figures per hub</caption>
            <thead><tr><th scope="col">Hub</th><th scope="col">Views</th><th scope="col">Visitors</th><th scope="col">Engaged / view</th><th scope="col">Read to 75 %</th><th scope="col">Returning</th><th scope="col">Sign-ups</th><th scope="col">Searches</th><th scope="col">Without result</th></tr></thead>
            <tbody>
            {rows}
            </tbody>
            </table>
            """;
        return Result("Audience · Agency console", body);
    }

    private static string Change(long now, long before) => before == 0
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $" <span class=\"muted\">({((now - before) / (double)before >= 0 ? "+" : string.Empty)}{(now - before) / (double)before:0 %})</span>");
}
