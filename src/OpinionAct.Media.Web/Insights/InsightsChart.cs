using System.Globalization;
using System.Text;
using OpinionAct.Media.Insights;
using static OpinionAct.Media.Web.Html.HtmlPage;

namespace OpinionAct.Media.Web.Insights;

/// <summary>
/// The views-and-visitors chart as server-rendered SVG: role="img" with a title and a description
/// that states the figures, then the same data as a table for anyone who cannot see the chart.
/// </summary>
public static class InsightsChart
{
    private const int Width = 720;
    private const int Height = 220;
    private const int Left = 48;
    private const int Bottom = 24;
    private const int Top = 10;

    public static string Svg(IReadOnlyList<DailyPoint> days, string title, string description, string viewsLabel, string visitorsLabel)
    {
        var max = Math.Max(1, days.Count == 0 ? 1 : days.Max(d => Math.Max(d.Views, d.Visitors)));
        var plotWidth = Width - Left - 8;
        var plotHeight = Height - Bottom - Top;
        var step = days.Count <= 1 ? plotWidth : plotWidth / (double)(days.Count - 1);
        string X(int i) => (Left + (days.Count <= 1 ? plotWidth / 2.0 : i * step)).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(long v) => (Top + plotHeight - (v / (double)max * plotHeight)).ToString("0.#", CultureInfo.InvariantCulture);
        string Line(Func<DailyPoint, long> value) => string.Join(' ', days.Select((d, i) => $"{X(i)},{Y(value(d))}"));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 {Width} {Height}" width="100%" preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg">""");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{E(title)}</title><desc id=\"chart-desc\">{E(description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - 8}\" y2=\"{Top + plotHeight}\" stroke=\"#555\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotHeight}\" stroke=\"#555\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 10}\" text-anchor=\"end\" font-size=\"12\" fill=\"#222\">{max}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + plotHeight}\" text-anchor=\"end\" font-size=\"12\" fill=\"#222\">0</text>");
        if (days.Count > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 6}\" font-size=\"12\" fill=\"#222\">{days[0].Day:yyyy-MM-dd}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - 8}\" y=\"{Height - 6}\" text-anchor=\"end\" font-size=\"12\" fill=\"#222\">{days[^1].Day:yyyy-MM-dd}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#0b4f9c\" stroke-width=\"2.5\" points=\"{Line(d => d.Views)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#b3541e\" stroke-width=\"2.5\" stroke-dasharray=\"6 4\" points=\"{Line(d => d.Visitors)}\"/>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<g font-size=\"12\" fill=\"#222\"><line x1=\"{Left + 10}\" y1=\"{Top + 6}\" x2=\"{Left + 34}\" y2=\"{Top + 6}\" stroke=\"#0b4f9c\" stroke-width=\"2.5\"/><text x=\"{Left + 40}\" y=\"{Top + 10}\">{E(viewsLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left + 170}\" y1=\"{Top + 6}\" x2=\"{Left + 194}\" y2=\"{Top + 6}\" stroke=\"#b3541e\" stroke-width=\"2.5\" stroke-dasharray=\"6 4\"/><text x=\"{Left + 200}\" y=\"{Top + 10}\">{E(visitorsLabel)}</text></g>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
