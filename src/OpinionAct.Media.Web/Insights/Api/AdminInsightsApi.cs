using OpinionAct.Media.Apis;
using OpinionAct.Media.Insights;
using OpinionAct.Media.Web.Apis;

namespace OpinionAct.Media.Web.Insights.Api;

/// <summary>
/// <c>GET /api/v1/admin/insights?from=&amp;to=</c>: the report <c>/admin/insights</c> shows (and exports as
/// report.json) for the same period rules: both dates optional (yyyy-MM-dd), the last 30 days by default.
/// </summary>
internal static class AdminInsightsApi
{
    public static void Map(ApiRoutes api) =>
        AdminApi.MapGroup(api, "/insights", "Insights")
            .PersonsMust(actor => actor.CanWrite, "Only the hub's staff read its insights.")
            .MapGet("/", async (InsightsService insights, TimeProvider clock, string? from, string? to, CancellationToken ct) =>
            {
                InsightsPeriod period;
                try
                {
                    period = InsightsPeriod.Parse(Blank(from), Blank(to), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
                }
                catch (MediaValidationException ex)
                {
                    throw new ApiBodyException(StatusCodes.Status400BadRequest, "Some query values are not acceptable.", new Dictionary<string, string[]> { ["period"] = [ex.Message] });
                }

                return AdminApi.Ok(await insights.ReportAsync(period, ct));
            })
            .RequireScope(ApiScopes.AnalyticsRead).WithName("GetInsights")
            .WithSummary("The insights report of a period (from, to as yyyy-MM-dd): headline figures against the previous period, daily series, top articles, sources, topics, experts, gaps.")
            .Produces<InsightsReport>().ProducesValidationProblem();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
