using System.Globalization;
using System.Text;
using OpinionAct.Media.Csv;
using OpinionAct.Media.Insights;

namespace OpinionAct.Media.Web.Insights;

/// <summary>CSV exports of the dashboard's tables (RFC 4180, invariant numbers, formula-looking cells defused).</summary>
public static class InsightsCsv
{
    public static string Topics(InsightsReport report) => Table(
        ["kind", "slug", "name", "articles", "views", "visitors_sum_of_daily_uniques", "avg_engaged_seconds", "completion_rate", "returning_share", "signups", "search_demand", "avg_sources", "corrections", "expert_byline_share", "score", "confirmed_signups"],
        report.Topics.Select(t => Row("topic", t)).Concat(report.Experts.Select(e => Row("expert", e))));

    public static string Articles(InsightsReport report) => Table(
        ["id", "path", "title", "topics", "views", "visitors_sum_of_daily_uniques", "avg_engaged_seconds", "completion_rate", "signups", "shares", "outbound", "confirmed_signups"],
        report.Articles.Select(a => new object?[] { a.Id, a.Path, a.Title, string.Join("; ", a.Topics), a.Views, a.Visitors, a.AvgEngagedSeconds, a.CompletionRate, a.Signups, a.Shares, a.Outbound, a.ConfirmedSignups }));

    private static object?[] Row(string kind, SubjectInsight s) =>
        [kind, s.Slug, s.Name, s.Articles, s.Views, s.Visitors, s.AvgEngagedSeconds, s.CompletionRate, s.ReturningShare, s.Signups, s.SearchDemand, s.AvgSources, s.Corrections, s.ExpertBylineShare, s.Score, s.ConfirmedSignups];

    private static string Table(string[] header, IEnumerable<object?[]> rows)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', header)).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(string.Join(',', row.Select(Cell))).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string text => CsvCell.Text(text),
        IFormattable f => CsvCell.Quote(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => CsvCell.Quote(value.ToString()),
    };
}
