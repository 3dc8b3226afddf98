namespace OpinionAct.Media.Data.CorrectionNotices;

/// <summary>
/// A reader told of one correction: unique per (article, correction, subscriber), so a reader who got the article
/// in two issues is told once, whatever the number of notices and clicks.
/// </summary>
public sealed class CorrectionNoticeRecipientRecord
{
    public long Id { get; set; }

    public int NoticeId { get; set; }

    public int ArticleId { get; set; }

    public required string CorrectionKey { get; set; }

    public int SubscriberId { get; set; }
}
