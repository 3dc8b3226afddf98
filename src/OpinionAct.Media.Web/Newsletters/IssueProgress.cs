namespace OpinionAct.Media.Web.Newsletters;

/// <summary>Where one issue's send stands: rows per state, and the recent sending rate.</summary>
public sealed record IssueProgress(int IssueId, string Status, int Total, int Pending, int Sending, int Sent, int Failed, int Skipped, double MessagesPerSecond, DateTime? QueuedUtc, DateTime? CompletedUtc)
{
    /// <summary>Rows still to settle: pending (including those waiting for a retry) and leased.</summary>
    public int Remaining => Pending + Sending;
}
