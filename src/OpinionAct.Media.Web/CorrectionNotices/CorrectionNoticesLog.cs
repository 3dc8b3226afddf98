namespace OpinionAct.Media.Web.CorrectionNotices;

/// <summary>Correction notices' log messages (event ids 2660–2679). Never an address or the correction's text.</summary>
internal static partial class CorrectionNoticesLog
{
    [LoggerMessage(EventId = 2660, Level = LogLevel.Information, Message = "Correction notice {NoticeId} of article {ArticleId} on {Tenant} queued as issue {IssueId} for {Count} reader(s) of issue {SourceIssueId}")]
    public static partial void NoticeQueued(this ILogger logger, string tenant, int noticeId, int articleId, int issueId, int sourceIssueId, int count);

    [LoggerMessage(EventId = 2661, Level = LogLevel.Information, Message = "Correction notice of article {ArticleId} for issue {SourceIssueId} on {Tenant} refused: {Reason}")]
    public static partial void NoticeRefused(this ILogger logger, string tenant, int articleId, int sourceIssueId, string reason);
}
