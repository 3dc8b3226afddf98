namespace OpinionAct.Media.Data.Newsletters;

/// <summary>
/// Clicks on one link of one issue, counted when the tenant turned click tracking on. Counted per link,
/// never per reader: the tracked URL carries the issue and the target, not who received it.
/// </summary>
public sealed class IssueLinkClickRecord
{
    public int IssueId { get; set; }

    /// <summary>The link's target as written in the issue (absolute http or https, at most <see cref="MaxUrlLength"/> characters).</summary>
    public required string Url { get; set; }

    public int Clicks { get; set; }

    public DateTime LastClickUtc { get; set; }

    public const int MaxUrlLength = 1000;
}
