namespace OpinionAct.Media.Ambassadors;

/// <summary>The calendar months (UTC) of the ambassadors' monthly emails.</summary>
public static class AmbassadorMonths
{
    /// <summary>The first day of the month before the one containing <paramref name="now"/>: the month a report sent now is about.</summary>
    public static DateOnly PreviousMonth(DateTimeOffset now)
    {
        var first = new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1);
        return first.AddMonths(-1);
    }

    /// <summary>When the report of the month containing <paramref name="now"/> becomes due: the first of next month, 06:00 UTC (the roll-ups have caught up by then).</summary>
    public static DateTimeOffset NextDue(DateTimeOffset now)
    {
        var first = new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1).AddMonths(1);
        return new DateTimeOffset(first.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);
    }

    public static DateOnly LastDay(DateOnly month) => month.AddMonths(1).AddDays(-1);
}
