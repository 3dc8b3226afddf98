namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>Log messages of subscriptions: event ids 1500–1539 (1513, the mail settings change, is in NewslettersLog). Addresses and secrets are never logged; ids are.</summary>
internal static partial class SubscriptionsLog
{
    [LoggerMessage(1500, LogLevel.Information, "Confirmation email for consent {ConsentId} of tenant {Tenant} sent")]
    public static partial void ConfirmationSent(this ILogger logger, string tenant, int consentId);

    [LoggerMessage(1501, LogLevel.Warning, "Confirmation email for consent {ConsentId} of tenant {Tenant} failed (attempt {Attempt}); retrying in {Delay}: {Reason}")]
    public static partial void ConfirmationRetry(this ILogger logger, string tenant, int consentId, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(1502, LogLevel.Error, "Confirmation email for consent {ConsentId} of tenant {Tenant} was not sent; the sweep tries again while attempts remain")]
    public static partial void ConfirmationFailed(this ILogger logger, Exception exception, string tenant, int consentId);

    [LoggerMessage(1503, LogLevel.Warning, "Confirmation email queue is full; consent {ConsentId} of tenant {Tenant} dropped")]
    public static partial void ConfirmationQueueFull(this ILogger logger, string tenant, int consentId);

    [LoggerMessage(1504, LogLevel.Debug, "Signup at tenant {Tenant} from {Source}: {Outcome}")]
    public static partial void SignupRecorded(this ILogger logger, string tenant, Data.Newsletters.ConsentSource source, SignupOutcome outcome);

    [LoggerMessage(1505, LogLevel.Information, "Signup throttled at tenant {Tenant} ({Scope})")]
    public static partial void SignupThrottled(this ILogger logger, string tenant, string scope);

    [LoggerMessage(1506, LogLevel.Information, "Signup honeypot filled at tenant {Tenant}; ignored")]
    public static partial void HoneypotFilled(this ILogger logger, string tenant);

    [LoggerMessage(1507, LogLevel.Information, "Consent {ConsentId} of tenant {Tenant} confirmed")]
    public static partial void SubscriptionConfirmed(this ILogger logger, string tenant, int consentId);

    [LoggerMessage(1508, LogLevel.Information, "Subscriber {SubscriberId} of tenant {Tenant} unsubscribed from newsletter {NewsletterId} ({How})")]
    public static partial void Unsubscribed(this ILogger logger, string tenant, int subscriberId, int newsletterId, string how);

    [LoggerMessage(1509, LogLevel.Information, "Subscriber {SubscriberId} of tenant {Tenant} erased at their request")]
    public static partial void SubscriberErased(this ILogger logger, string tenant, int subscriberId);

    [LoggerMessage(1510, LogLevel.Information, "Delivery report {Kind} recorded at tenant {Tenant}; suppressed: {Suppressed}")]
    public static partial void DeliveryReportRecorded(this ILogger logger, string tenant, Data.Newsletters.DeliveryReportKind kind, bool suppressed);

    [LoggerMessage(1511, LogLevel.Warning, "Newsletter webhook refused at tenant {Tenant}: {Reason}")]
    public static partial void WebhookRefused(this ILogger logger, string tenant, string reason);

    [LoggerMessage(1512, LogLevel.Information, "Subscriber import at tenant {Tenant}: {Imported} row(s) imported, {Skipped} skipped")]
    public static partial void SubscribersImported(this ILogger logger, string tenant, int imported, int skipped);

    [LoggerMessage(1514, LogLevel.Error, "Looking for unsent confirmation emails of tenant {Tenant} failed")]
    public static partial void ConfirmationSweepFailed(this ILogger logger, Exception exception, string tenant);

    [LoggerMessage(1515, LogLevel.Information, "Outbox email {Kind} for row {Id} of tenant {Tenant} sent")]
    public static partial void OutboxMailSent(this ILogger logger, string tenant, string kind, int id);

    [LoggerMessage(1516, LogLevel.Warning, "Outbox email {Kind} for row {Id} of tenant {Tenant} failed (attempt {Attempt}); retrying in {Delay}: {Reason}")]
    public static partial void OutboxMailRetry(this ILogger logger, string tenant, string kind, int id, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(1517, LogLevel.Error, "Outbox email {Kind} for row {Id} of tenant {Tenant} was not sent; its sweep tries again while attempts remain")]
    public static partial void OutboxMailFailed(this ILogger logger, Exception exception, string tenant, string kind, int id);

    [LoggerMessage(1518, LogLevel.Warning, "Confirmation email queue is full; {Kind} for row {Id} of tenant {Tenant} left to its sweep")]
    public static partial void OutboxMailQueueFull(this ILogger logger, string tenant, string kind, int id);
}
