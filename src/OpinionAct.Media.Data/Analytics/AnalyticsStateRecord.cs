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
}
