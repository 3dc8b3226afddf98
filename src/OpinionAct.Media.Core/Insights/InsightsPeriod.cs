using System.Globalization;

namespace OpinionAct.Media.Insights;

/// <summary>A period of whole UTC days, both ends included; the previous period is as long and ends the day before.</summary>
public sealed record InsightsPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 3660;

    /// <summary>The first day a period may start on; with <see cref="MaxDays"/> its previous period stays far from <see cref="DateOnly.MinValue"/>.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public int Days => To.DayNumber - From.DayNumber + 1;

    public InsightsPeriod Previous => new(From.AddDays(-Days), From.AddDays(-1));

    /// <summary>The last day a period may end on: a year after today (there is nothing to count beyond).</summary>
    public static DateOnly Latest(DateOnly today) => today.AddYears(1);

    /// <summary>
    /// Parses yyyy-MM-dd bounds; missing ones default to the last 30 days ending today (or ending
    /// <paramref name="to"/>, starting no earlier than <see cref="Earliest"/>). Both days must lie
    /// between <see cref="Earliest"/> and <see cref="Latest"/>.
    /// </summary>
    public static InsightsPeriod Parse(string? from, string? to, DateOnly today)
    {
        var end = to is null ? today : ParseDay(to, "to", today);
        var start = from is null ? Max(end.AddDays(-29), Earliest) : ParseDay(from, "from", today);
        if (start > end)
        {
            throw new MediaValidationException("The start date must not be after the end date.");
        }

        return end.DayNumber - start.DayNumber + 1 > MaxDays
            ? throw new MediaValidationException($"A period is at most {MaxDays} days.")
            : new InsightsPeriod(start, end);
    }

    /// <summary>Whether the text is a day written yyyy-MM-dd (whatever its range).</summary>
    public static bool IsWellFormed(string? text) => text is null || TryParseDay(text, out _);

    private static bool TryParseDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static DateOnly ParseDay(string text, string name, DateOnly today)
    {
        if (!TryParseDay(text, out var day))
        {
            throw new MediaValidationException($"'{name}' must be a date written yyyy-MM-dd, not '{text}'.");
        }

        var latest = Latest(today);
        return day < Earliest || day > latest
            ? throw new MediaValidationException(string.Create(CultureInfo.InvariantCulture, $"'{name}' must be between {Earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}, not {day:yyyy-MM-dd}."))
            : day;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
