namespace OpinionAct.Media.Web.Syndication;

/// <summary>Syndication's log messages (event ids 2680–2699): hub names and ids, never an article's text.</summary>
internal static partial class SyndicationLog
{
    [LoggerMessage(EventId = 2680, Level = LogLevel.Information, Message = "Alliance {AllianceId} proposed by {Tenant} to {Partner}")]
    public static partial void AllianceProposed(this ILogger logger, long allianceId, string tenant, string partner);

    [LoggerMessage(EventId = 2681, Level = LogLevel.Information, Message = "Alliance {AllianceId} accepted by {Tenant}")]
    public static partial void AllianceAccepted(this ILogger logger, long allianceId, string tenant);

    [LoggerMessage(EventId = 2682, Level = LogLevel.Information, Message = "Alliance {AllianceId} ended by {Tenant}; {Copies} accepted cop(ies) stay and stop following their original")]
    public static partial void AllianceEnded(this ILogger logger, long allianceId, string tenant, int copies);

    [LoggerMessage(EventId = 2683, Level = LogLevel.Information, Message = "Article {ArticleId} of {Tenant} offered to {Ally} as offer {OfferId}")]
    public static partial void Offered(this ILogger logger, string tenant, int articleId, string ally, long offerId);

    [LoggerMessage(EventId = 2684, Level = LogLevel.Information, Message = "Offer {OfferId} accepted by {Tenant}: copy is article {CopyId}")]
    public static partial void OfferAccepted(this ILogger logger, long offerId, string tenant, int copyId);

    [LoggerMessage(EventId = 2685, Level = LogLevel.Information, Message = "Offer {OfferId} declined by {Tenant}")]
    public static partial void OfferDeclined(this ILogger logger, long offerId, string tenant);

    [LoggerMessage(EventId = 2686, Level = LogLevel.Information, Message = "Offer {OfferId}: version {Version} of the original applied to copy {CopyId} on {Tenant}")]
    public static partial void CopyUpdated(this ILogger logger, long offerId, int version, int copyId, string tenant);

    [LoggerMessage(EventId = 2687, Level = LogLevel.Information, Message = "Offer {OfferId}: the original was deleted on {Origin}; the copy on {Tenant} is archived")]
    public static partial void OriginalDeleted(this ILogger logger, long offerId, string origin, string tenant);

    [LoggerMessage(EventId = 2688, Level = LogLevel.Warning, Message = "Offer {OfferId}: the original's change could not reach {Tenant}; it is sent again at the original's next change")]
    public static partial void PropagationFailed(this ILogger logger, Exception exception, long offerId, string tenant);

    [LoggerMessage(EventId = 2689, Level = LogLevel.Warning, Message = "Offer {OfferId}: the copy on {Tenant} could not be written; the offer waits again")]
    public static partial void CopyFailed(this ILogger logger, Exception exception, long offerId, string tenant);
}
