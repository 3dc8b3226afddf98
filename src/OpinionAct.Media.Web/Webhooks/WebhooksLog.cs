namespace OpinionAct.Media.Web.Webhooks;

/// <summary>Log messages of webhooks: event ids 2000–2099. Target URLs are logged by hook id only; secrets and bodies never.</summary>
internal static partial class WebhooksLog
{
    [LoggerMessage(2000, LogLevel.Information, "Webhook {HookId} of tenant {Tenant} created for {Events}")]
    public static partial void HookCreated(this ILogger logger, string tenant, int hookId, string events);

    [LoggerMessage(2001, LogLevel.Information, "Webhook {HookId} of tenant {Tenant} {Change}")]
    public static partial void HookChanged(this ILogger logger, string tenant, int hookId, string change);

    [LoggerMessage(2002, LogLevel.Debug, "Webhook delivery {DeliveryId} ({Event}) of tenant {Tenant} delivered: {Status}")]
    public static partial void Delivered(this ILogger logger, string tenant, int deliveryId, string @event, int status);

    [LoggerMessage(2003, LogLevel.Information, "Webhook delivery {DeliveryId} of tenant {Tenant} failed (attempt {Attempt}, {Status}); next attempt at {Next}: {Reason}")]
    public static partial void Retrying(this ILogger logger, string tenant, int deliveryId, int attempt, int status, DateTime next, string reason);

    [LoggerMessage(2004, LogLevel.Warning, "Webhook delivery {DeliveryId} of tenant {Tenant} given up after {Attempt} attempt(s) ({Status}): {Reason}")]
    public static partial void GaveUp(this ILogger logger, string tenant, int deliveryId, int attempt, int status, string reason);

    [LoggerMessage(2005, LogLevel.Warning, "Webhook {HookId} of tenant {Tenant} answered 410 Gone; the hook is disabled")]
    public static partial void HookGone(this ILogger logger, string tenant, int hookId);

    [LoggerMessage(2006, LogLevel.Error, "Webhook pass for tenant {Tenant} failed; retried at the next poll")]
    public static partial void PassFailed(this ILogger logger, Exception exception, string tenant);

    [LoggerMessage(2007, LogLevel.Information, "Webhook delivery {DeliveryId} of tenant {Tenant} replayed as {ReplayId}")]
    public static partial void Replayed(this ILogger logger, string tenant, int deliveryId, int replayId);

    [LoggerMessage(2008, LogLevel.Information, "Purged {Count} settled webhook deliveries of tenant {Tenant}")]
    public static partial void Purged(this ILogger logger, string tenant, int count);
}
