using System.Text.Json;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Insights;
using OpinionAct.Media.Web.Insights;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Insights.Admin;

/// <summary>
/// The insights dashboard: a period form, headline figures against the previous period, the daily
/// chart (SVG with a data table), top articles and sources, the sortable topic table, experts,
/// content gaps, and CSV/JSON exports of the same report. Every signed-in editor may read it.
/// </summary>
internal static class AdminInsightsEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static RouteGroupBuilder MapAdminInsights(this RouteGroupBuilder admin)
    {
        admin.MapGet("/insights", PageAsync);
        admin.MapGet("/insights/topics.csv", async (AdminRequest r, InsightsService insights, string? from, string? to, CancellationToken ct) =>
            await ExportAsync(r, insights, from, to, report => Results.Text(InsightsCsv.Topics(report), "text/csv; charset=utf-8"), "topics.csv", ct));
        admin.MapGet("/insights/articles.csv", async (AdminRequest r, InsightsService insights, string? from, string? to, CancellationToken ct) =>
            await ExportAsync(r, insights, from, to, report => Results.Text(InsightsCsv.Articles(report), "text/csv; charset=utf-8"), "articles.csv", ct));
        admin.MapGet("/insights/report.json", async (AdminRequest r, InsightsService insights, string? from, string? to, CancellationToken ct) =>
            await ExportAsync(r, insights, from, to, report => Results.Json(report, Json), "report.json", ct));
        return admin;
    }

    private static async Task<IResult> ExportAsync(AdminRequest r, InsightsService insights, string? from, string? to, Func<InsightsReport, IResult> write, string name, CancellationToken ct)
    {
        InsightsPeriod period;
        try
        {
            period = InsightsPeriod.Parse(Blank(from), Blank(to), Today(r));
        }
        catch (MediaValidationException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: ex.Message);
        }

        var report = await insights.ReportAsync(period, ct);
        r.Http.Response.Headers.ContentDisposition = $"attachment; filename=\"insights-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}-{name}\"";
        return write(report);
    }

    private static async Task<IResult> PageAsync(AdminRequest r, InsightsService insights, IOptions<InsightsOptions> options, string? from, string? to, string? sort, string? dir, string? demo, CancellationToken ct)
    {
        string? error = null;
        InsightsPeriod period;
        try
        {
            period = InsightsPeriod.Parse(Blank(from), Blank(to), Today(r));
        }
        catch (MediaValidationException ex)
        {
            error = ex.Message;
            period = InsightsPeriod.Parse(null, null, Today(r));
        }

        return AdminView.Page<InsightsPage>(new
        {
            Period = period,
            Report = await insights.ReportAsync(period, ct),
            Error = error,
            Sort = sort,
            Dir = dir,
            Options = options.Value,
            CanRemoveDemo = r.Actor?.CanManageSite == true,
            DemoRemoved = demo == "removed",
        });
    }

    private static DateOnly Today(AdminRequest r) => DateOnly.FromDateTime(r.Now.UtcDateTime);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
