using System.Globalization;

namespace OpinionAct.Media.Insights;

/// <summary>A period of whole UTC days, both ends included; the previous period is as long and ends the day before.</summary>
public sealed record InsightsPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 3660;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public InsightsPeriod Previous => new(From.AddDays(-Days), From.AddDays(-1));

    /// <summary>Parses yyyy-MM-dd bounds; missing ones default to the last 30 days ending today.</summary>
    public static InsightsPeriod Parse(string? from, string? to, DateOnly today)
    {
        var end = to is null ? today : ParseDay(to, "to");
        var start = from is null ? end.AddDays(-29) : ParseDay(from, "from");
        if (start > end)
        {
            throw new MediaValidationException("The start date must not be after the end date.");
        }

        return end.DayNumber - start.DayNumber + 1 > MaxDays
            ? throw new MediaValidationException($"A period is at most {MaxDays} days.")
            : new InsightsPeriod(start, end);
    }

    private static DateOnly ParseDay(string text, string name) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new MediaValidationException($"'{name}' must be a date written yyyy-MM-dd, not '{text}'.");
}
