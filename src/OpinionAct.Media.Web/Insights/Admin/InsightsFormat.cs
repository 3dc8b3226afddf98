using System.Globalization;

namespace OpinionAct.Media.Web.Insights.Admin;

/// <summary>How the dashboard writes its figures, in the site's culture: days, counts, seconds and shares.</summary>
internal static class InsightsFormat
{
    public static string Day(DateOnly day, CultureInfo c) => day.ToString("d MMM yyyy", c);

    public static string Number(long value, CultureInfo c) => value.ToString("N0", c);

    public static string Seconds(double value, CultureInfo c) => value.ToString("0.0", c) + " s";

    public static string Percent(double value, CultureInfo c) => value.ToString("0.0 %", c);

    /// <summary>A day as date inputs, links and the chart's axis write it, in any culture: 2026-12-05.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
