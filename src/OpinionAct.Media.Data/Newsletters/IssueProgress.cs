namespace OpinionAct.Media.Data.Newsletters;

/// <summary>Where one issue's send stands: rows per state, the recent sending rate, and clicks per link when tracked.</summary>
public sealed record IssueProgress(int IssueId, string Status, int Total, int Pending, int Sending, int Sent, int Failed, int Skipped, double MessagesPerSecond, DateTime? QueuedUtc, DateTime? CompletedUtc)
{
    /// <summary>The most clicked links, most first (empty when click tracking is off or nobody clicked).</summary>
    public IReadOnlyList<IssueLinkClicks> Links { get; init; } = [];

    /// <summary>Rows still to settle: pending (including those waiting for a retry) and leased.</summary>
    public int Remaining => Pending + Sending;
}
