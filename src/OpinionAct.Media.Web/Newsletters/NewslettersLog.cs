namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Log messages of newsletters: issues and sending (event ids 1540–1579), and the mail settings change (1513, in
/// the subscriptions range for history: ids never change). Addresses and secrets are never logged.
/// </summary>
internal static partial class NewslettersLog
{
    [LoggerMessage(1540, LogLevel.Information, "Issue {IssueId} of tenant {Tenant} queued for {Count} recipient(s)")]
    public static partial void IssueQueued(this ILogger logger, string tenant, int issueId, int count);

    [LoggerMessage(1541, LogLevel.Information, "Sending issue {IssueId} of tenant {Tenant} with {Concurrency} connection(s) at up to {Rate} message(s)/s")]
    public static partial void IssueSendStarted(this ILogger logger, string tenant, int issueId, int concurrency, double rate);

    [LoggerMessage(1542, LogLevel.Information, "Issue {IssueId} of tenant {Tenant}: pass ended with {Sent} sent, {Retried} to retry, {Failed} failed, {Skipped} skipped")]
    public static partial void IssueSendPass(this ILogger logger, string tenant, int issueId, int sent, int retried, int failed, int skipped);

    [LoggerMessage(1543, LogLevel.Information, "Issue {IssueId} of tenant {Tenant} is sent: no recipient left to settle")]
    public static partial void IssueCompleted(this ILogger logger, string tenant, int issueId);

    // SMTP reply texts often quote the recipient's address: logs carry the reply code only (the row keeps the text).
    [LoggerMessage(1544, LogLevel.Warning, "Delivery {DeliveryId} of issue {IssueId} (tenant {Tenant}) failed for good: SMTP reply {StatusCode}")]
    public static partial void DeliveryFailed(this ILogger logger, string tenant, int issueId, long deliveryId, int? statusCode);

    [LoggerMessage(1545, LogLevel.Debug, "Delivery {DeliveryId} of issue {IssueId} (tenant {Tenant}) will be retried in {Delay}: SMTP reply {StatusCode}")]
    public static partial void DeliveryRetry(this ILogger logger, string tenant, int issueId, long deliveryId, TimeSpan delay, int? statusCode);

    [LoggerMessage(1546, LogLevel.Error, "The newsletter send worker failed for tenant {Tenant}")]
    public static partial void SendWorkerFailed(this ILogger logger, Exception exception, string tenant);

    [LoggerMessage(1547, LogLevel.Information, "Test of issue {IssueId} of tenant {Tenant} sent to the signed-in editor")]
    public static partial void IssueTestSent(this ILogger logger, string tenant, int issueId);

    [LoggerMessage(1548, LogLevel.Error, "Delivery {DeliveryId} of issue {IssueId} (tenant {Tenant}) could not be settled; it stays leased and is retried when the lease ends")]
    public static partial void DeliverySettleFailed(this ILogger logger, Exception exception, string tenant, int issueId, long deliveryId);

    [LoggerMessage(1549, LogLevel.Warning, "Scheduled issue {IssueId} of tenant {Tenant} could not be queued and is back to draft: {Reason}")]
    public static partial void ScheduledIssueNotQueued(this ILogger logger, string tenant, int issueId, string reason);

    [LoggerMessage(1550, LogLevel.Warning, "Delivery {DeliveryId} of issue {IssueId} of tenant {Tenant} was answered after its lease passed to another worker; the late answer did not reopen it")]
    public static partial void DeliveryLeaseLost(this ILogger logger, string tenant, int issueId, long deliveryId);

    [LoggerMessage(1513, LogLevel.Information, "Mail settings of tenant {Tenant} changed by {UserId}")]
    public static partial void MailSettingsChanged(this ILogger logger, string tenant, string? userId);
}
