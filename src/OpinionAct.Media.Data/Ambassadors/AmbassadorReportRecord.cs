namespace OpinionAct.Media.Data.Ambassadors;

/// <summary>
/// The monthly email of one ambassador for one month: unique per (ambassador, month), so it exists once, and its
/// state says whether it may still be sent. A report is claimed (<see cref="AmbassadorReportState.Sending"/>) before
/// the SMTP conversation and settled after it; a report left <c>Sending</c> by a crash is never sent again.
/// </summary>
public sealed class AmbassadorReportRecord
{
    public int Id { get; set; }

    public int AmbassadorId { get; set; }

    /// <summary>The first day of the month the figures are about.</summary>
    public DateOnly Month { get; set; }

    public AmbassadorReportState State { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ClaimedUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>The mail server's reply for a failure (never the message).</summary>
    public string? LastError { get; set; }
}
