namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// The single row (Id 1) recording how far raw events have been rolled up. Writers and the roll-up
/// lock it first, so event ids become visible in order and the watermark never skips one.
/// </summary>
public sealed class AnalyticsStateRecord
{
    public int Id { get; set; }

    public long RolledUpToId { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Days of the search log up to this one are folded into AnalyticsSearchDaily and AnalyticsSearchGaps.</summary>
    public DateOnly? SearchRolledUpToDay { get; set; }

    /// <summary>First day of the generated demo history (demo hub only); null when the hub has none.</summary>
    public DateOnly? DemoFromDay { get; set; }

    /// <summary>Last day of the generated demo history: always before the hub existed, so no real figure shares its days.</summary>
    public DateOnly? DemoToDay { get; set; }
}
