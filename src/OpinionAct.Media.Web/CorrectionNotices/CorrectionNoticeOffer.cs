namespace OpinionAct.Media.Web.CorrectionNotices;

/// <summary>
/// One correction of an article against one sent issue that listed it: what the article's admin page offers to
/// send, or shows as sent (<see cref="NotifiedUtc"/>, <see cref="Notified"/> readers).
/// </summary>
public sealed record CorrectionNoticeOffer(
    string CorrectionKey,
    DateTimeOffset CorrectionDate,
    string CorrectionText,
    int IssueId,
    string IssueSubject,
    string NewsletterName,
    DateTime? IssueSentUtc,
    int Delivered,
    DateTime? NotifiedUtc,
    int Notified);
