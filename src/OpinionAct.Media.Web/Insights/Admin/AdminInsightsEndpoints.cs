using System.Globalization;
using System.Text;
using System.Text.Json;
using OpinionAct.Media.Insights;
using OpinionAct.Media.Web.Insights;
using static OpinionAct.Media.Web.Html.HtmlPage;
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

    private static readonly (string Key, string Label, Func<SubjectInsight, double> Value)[] TopicColumns =
    [
        ("views", "insights.views", t => t.Views),
        ("visitors", "insights.visitors_short", t => t.Visitors),
        ("engaged", "insights.engaged_short", t => t.AvgEngagedSeconds),
        ("completion", "insights.completion", t => t.CompletionRate),
        ("returning", "insights.returning_short", t => t.ReturningShare),
        ("signups", "insights.signups_short", t => t.Signups),
        ("demand", "insights.demand", t => t.SearchDemand),
        ("sources", "insights.sources_per", t => t.AvgSources),
        ("corrections", "insights.corrections", t => t.Corrections),
        ("byline", "insights.byline", t => t.ExpertBylineShare),
        ("score", "insights.score", t => t.Score ?? -1),
    ];

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

    private static async Task<IResult> PageAsync(AdminRequest r, InsightsService insights, string? from, string? to, string? sort, string? dir, CancellationToken ct)
    {
        var t = r.Text;
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

        var report = await insights.ReportAsync(period, ct);
        var c = r.Culture;
        var query = $"from={period.From:yyyy-MM-dd}&to={period.To:yyyy-MM-dd}";
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"""
            <h1>{E(t["insights.title"])}</h1>
            <p>{E(t["insights.intro"])}</p>
            {(error is null ? string.Empty : $"<div class=\"error\" role=\"alert\"><p>{E(error)}</p></div>")}
            <form method="get" action="{E(r.AdminBase)}/insights" class="filters">
              <div class="field"><label for="from">{E(t["insights.from"])}</label><input id="from" name="from" type="date" value="{period.From:yyyy-MM-dd}" required></div>
              <div class="field"><label for="to">{E(t["insights.to"])}</label><input id="to" name="to" type="date" value="{period.To:yyyy-MM-dd}" required></div>
              <div class="field"><button type="submit">{E(t["insights.show"])}</button></div>
            </form>
            <p>{E(t.Format("insights.period", Day(period.From, c), Day(period.To, c), Day(period.Previous.From, c), Day(period.Previous.To, c)))}</p>
            <p>{E(t["insights.export"])}: <a href="{E(r.AdminBase)}/insights/topics.csv?{query}">{E(t["insights.export_csv"])}</a> · <a href="{E(r.AdminBase)}/insights/articles.csv?{query}">{E(t["insights.export_articles_csv"])}</a> · <a href="{E(r.AdminBase)}/insights/report.json?{query}">{E(t["insights.export_json"])}</a></p>
            """);

        var (now, before) = (report.Current, report.Previous);
        body.Append("<ul class=\"headline\">");
        Headline(body, r, "insights.views", Number(now.Views, c), now.Views, before.Views);
        Headline(body, r, "insights.visitors", Number(now.Visitors, c), now.Visitors, before.Visitors);
        Headline(body, r, "insights.engaged", Seconds(now.AvgEngagedSeconds, c), now.AvgEngagedSeconds, before.AvgEngagedSeconds);
        Headline(body, r, "insights.completion", Percent(now.CompletionRate, c), now.CompletionRate, before.CompletionRate);
        Headline(body, r, "insights.returning", Percent(now.ReturningShare, c), now.ReturningShare, before.ReturningShare);
        Headline(body, r, "insights.signups", Number(now.Signups, c), now.Signups, before.Signups);
        Headline(body, r, "insights.searches", Number(now.Searches, c), now.Searches, before.Searches);
        Headline(body, r, "insights.zero", Number(now.ZeroResultSearches, c), now.ZeroResultSearches, before.ZeroResultSearches);
        body.Append("</ul>");

        var maxDay = report.Daily.Count == 0 ? 0 : report.Daily.Max(d => d.Views);
        var description = t.Format("insights.chart_desc", Day(period.From, c), Day(period.To, c), Number(now.Views, c), Number(maxDay, c), Number(now.Visitors, c));
        body.Append(CultureInfo.InvariantCulture, $"<h2 id=\"chart-heading\">{E(t["insights.chart"])}</h2>");
        body.Append(InsightsChart.Svg(report.Daily, t["insights.chart"], description, t["insights.views"], t["insights.visitors_short"]));
        body.Append(CultureInfo.InvariantCulture, $"<details><summary>{E(t["insights.chart_table"])}</summary><table><caption class=\"visually-hidden\">{E(t["insights.chart"])}</caption><thead><tr><th scope=\"col\">{E(t["insights.day"])}</th><th scope=\"col\">{E(t["insights.views"])}</th><th scope=\"col\">{E(t["insights.visitors_short"])}</th></tr></thead><tbody>");
        foreach (var d in report.Daily)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{Day(d.Day, c)}</th><td>{Number(d.Views, c)}</td><td>{Number(d.Visitors, c)}</td></tr>");
        }

        body.Append("</tbody></table></details>");

        body.Append(CultureInfo.InvariantCulture, $"<h2>{E(t["insights.top_articles"])}</h2>");
        if (report.Articles.Count == 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{E(t["insights.none"])}</p>");
        }
        else
        {
            body.Append(CultureInfo.InvariantCulture, $"<table><caption class=\"visually-hidden\">{E(t["insights.top_articles"])}</caption><thead><tr><th scope=\"col\">{E(t["insights.article"])}</th><th scope=\"col\">{E(t["insights.views"])}</th><th scope=\"col\">{E(t["insights.visitors_short"])}</th><th scope=\"col\">{E(t["insights.engaged_short"])}</th><th scope=\"col\">{E(t["insights.completion"])}</th><th scope=\"col\">{E(t["insights.signups_short"])}</th></tr></thead><tbody>");
            foreach (var a in report.Articles.Take(10))
            {
                body.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\"><a href=\"{E(r.Base)}/{E(a.Path)}\">{E(a.Title)}</a></th><td>{Number(a.Views, c)}</td><td>{Number(a.Visitors, c)}</td><td>{Seconds(a.AvgEngagedSeconds, c)}</td><td>{Percent(a.CompletionRate, c)}</td><td>{Number(a.Signups, c)}</td></tr>");
            }

            body.Append("</tbody></table>");
        }

        body.Append(CultureInfo.InvariantCulture, $"<h2>{E(t["insights.top_sources"])}</h2><table><caption class=\"visually-hidden\">{E(t["insights.top_sources"])}</caption><thead><tr><th scope=\"col\">{E(t["insights.source"])}</th><th scope=\"col\">{E(t["insights.views"])}</th><th scope=\"col\">{E(t["insights.visitors_short"])}</th><th scope=\"col\">{E(t["insights.signups_short"])}</th></tr></thead><tbody>");
        foreach (var s in report.Sources)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(s.Source)}</th><td>{Number(s.Views, c)}</td><td>{Number(s.Visitors, c)}</td><td>{Number(s.Signups, c)}</td></tr>");
        }

        body.Append("</tbody></table>");

        var column = TopicColumns.FirstOrDefault(col => col.Key == sort);
        var ascending = dir == "asc";
        var topics = column.Key is null
            ? report.Topics.OrderByDescending(x => x.Views).ThenBy(x => x.Name, StringComparer.Ordinal).ToList()
            : (ascending ? report.Topics.OrderBy(column.Value) : report.Topics.OrderByDescending(column.Value)).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        body.Append(CultureInfo.InvariantCulture, $"<h2 id=\"topics\">{E(t["insights.topics"])}</h2><p class=\"hint\">{E(t["insights.topics_hint"])} {E(t["insights.score_hint"])}</p>");
        body.Append(SubjectTable(r, topics, t["insights.topic"], t["insights.topics"], query, column.Key, ascending, sortable: true));
        body.Append(CultureInfo.InvariantCulture, $"<h2>{E(t["insights.experts"])}</h2>");
        body.Append(SubjectTable(r, report.Experts.OrderByDescending(x => x.Views).ThenBy(x => x.Name, StringComparer.Ordinal).ToList(), t["insights.expert"], t["insights.experts"], query, null, false, sortable: false));

        body.Append(CultureInfo.InvariantCulture, $"<h2>{E(t["insights.gaps"])}</h2>");
        if (report.Gaps.Count == 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{E(t["insights.no_gaps"])}</p>");
        }
        else
        {
            body.Append(CultureInfo.InvariantCulture, $"<table><caption class=\"visually-hidden\">{E(t["insights.gaps"])}</caption><thead><tr><th scope=\"col\">{E(t["insights.searches"])}</th><th scope=\"col\">{E(t["insights.query"])}</th></tr></thead><tbody>");
            foreach (var g in report.Gaps)
            {
                body.Append(CultureInfo.InvariantCulture, $"<tr><td>{Number(g.Searches, c)}</td><th scope=\"row\">{E(g.Query)}</th></tr>");
            }

            body.Append("</tbody></table>");
        }

        const string style = "<style>.headline{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.75rem}.headline li{border:1px solid #ccc;border-radius:4px;padding:.5rem .75rem}.headline .value{display:block;font-size:1.6rem;font-weight:700}.headline .change{color:#444;font-size:.9rem}.chart{max-width:48rem;height:auto}td,th{font-variant-numeric:tabular-nums}</style>";
        return AdminLayout.Page(r, t["insights.title"], style + body, section: "insights");
    }

    private static string SubjectTable(AdminRequest r, List<SubjectInsight> rows, string nameLabel, string caption, string query, string? sorted, bool ascending, bool sortable)
    {
        var t = r.Text;
        var c = r.Culture;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<table><caption class=\"visually-hidden\">{E(caption)}</caption><thead><tr><th scope=\"col\">{E(nameLabel)}</th><th scope=\"col\">{E(t["insights.articles"])}</th>");
        foreach (var (key, label, _) in TopicColumns)
        {
            if (!sortable)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(t[label])}</th>");
                continue;
            }

            var isSorted = key == sorted;
            var next = isSorted && !ascending ? "asc" : "desc";
            var aria = isSorted ? $" aria-sort=\"{(ascending ? "ascending" : "descending")}\"" : string.Empty;
            var mark = isSorted ? (ascending ? " ▲" : " ▼") : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"{aria}><a href=\"{E(r.AdminBase)}/insights?{query}&amp;sort={key}&amp;dir={next}#topics\">{E(t[label])}{mark}</a></th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var s in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(s.Name)}</th><td>{s.Articles}</td><td>{Number(s.Views, c)}</td><td>{Number(s.Visitors, c)}</td><td>{Seconds(s.AvgEngagedSeconds, c)}</td><td>{Percent(s.CompletionRate, c)}</td><td>{Percent(s.ReturningShare, c)}</td><td>{Number(s.Signups, c)}</td><td>{Number(s.SearchDemand, c)}</td><td>{s.AvgSources.ToString("0.0", c)}</td><td>{s.Corrections}</td><td>{Percent(s.ExpertBylineShare, c)}</td><td>{(s.Score is { } score ? score.ToString("0.0", c) : "–")}</td></tr>");
        }

        html.Append("</tbody></table>");
        return html.ToString();
    }

    private static void Headline(StringBuilder body, AdminRequest r, string key, string value, double now, double before)
    {
        string change;
        if (before == 0)
        {
            change = r.Text["insights.nochange"];
        }
        else
        {
            var delta = (now - before) / before;
            change = r.Text.Format("insights.change", (delta >= 0 ? "+" : string.Empty) + delta.ToString("0 %", r.Culture));
        }

        body.Append(CultureInfo.InvariantCulture, $"<li><span class=\"label\">{E(r.Text[key])}</span> <span class=\"value\">{E(value)}</span> <span class=\"change\">{E(change)}</span></li>");
    }

    private static DateOnly Today(AdminRequest r) => DateOnly.FromDateTime(r.Now.UtcDateTime);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Day(DateOnly day, CultureInfo c) => day.ToString("d MMM yyyy", c);

    private static string Number(long value, CultureInfo c) => value.ToString("N0", c);

    private static string Seconds(double value, CultureInfo c) => value.ToString("0.0", c) + " s";

    private static string Percent(double value, CultureInfo c) => value.ToString("0.0 %", c);
}
