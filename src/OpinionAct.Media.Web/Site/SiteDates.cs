using System.Globalization;

namespace OpinionAct.Media.Web.Site;

/// <summary>Dates as readers read them: in the hub's time zone, written out in its language ("3 octobre 2026").</summary>
public sealed class SiteDates(string language, string timeZone)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private readonly CultureInfo _culture = language == "en" ? English : French;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public string Display(DateTime utc) => Local(utc).ToString("d MMMM yyyy", _culture);

    /// <summary>A calendar day as written, with no time zone to apply (a claim's day of appearance).</summary>
    public string Day(DateOnly day) => day.ToString("d MMMM yyyy", _culture);

    /// <summary>ISO 8601 with the hub's offset, for datetime attributes and structured data.</summary>
    public string Iso(DateTime utc) => Local(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private DateTimeOffset Local(DateTime utc) => TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), _zone);
}
