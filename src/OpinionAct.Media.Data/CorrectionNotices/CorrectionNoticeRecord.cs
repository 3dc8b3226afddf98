namespace OpinionAct.Media.Data.CorrectionNotices;

/// <summary>
/// A correction notice: one correction of an article told to the readers of one sent issue that listed it. The
/// mail itself is an issue of the same newsletter (<see cref="NoticeIssueId"/>) worked by the crash-safe send queue;
/// unique per (article, correction, source issue), so a second request for the same notice writes nothing.
/// </summary>
public sealed class CorrectionNoticeRecord
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary><c>CorrectionKeys.Of</c> of the correction as it stood when the notice was sent.</summary>
    public required string CorrectionKey { get; set; }

    /// <summary>The sent issue whose recipients are told.</summary>
    public int SourceIssueId { get; set; }

    /// <summary>The issue row that carries the notice through <c>IssueDeliveries</c>.</summary>
    public int NoticeIssueId { get; set; }

    public int RecipientCount { get; set; }

    /// <summary>When the notice was queued: the date the public corrections log shows.</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>The editor who sent it (their sign-in address), for the audit of who told readers what.</summary>
    public string? CreatedBy { get; set; }
}
