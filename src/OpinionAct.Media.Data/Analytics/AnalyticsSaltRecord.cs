namespace OpinionAct.Media.Data.Analytics;

/// <summary>The random salt of one UTC day; deleted once the day after it is over.</summary>
public sealed class AnalyticsSaltRecord
{
    public DateOnly Day { get; set; }

    public required byte[] Salt { get; set; }
}
