namespace OpinionAct.Media.Data.Webhooks;

/// <summary>Where one delivery of an event to a hook stands.</summary>
public enum WebhookDeliveryState
{
    /// <summary>Waiting for its next attempt (<see cref="WebhookDeliveryRecord.NextAttemptUtc"/>), or leased by a worker.</summary>
    Pending = 0,
    /// <summary>The receiver answered 2xx.</summary>
    Delivered = 1,
    /// <summary>Given up: the retry window passed, the receiver answered 410, or the hook was disabled or deleted.</summary>
    Failed = 2,
}
