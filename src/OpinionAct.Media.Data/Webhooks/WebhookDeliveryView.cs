namespace OpinionAct.Media.Data.Webhooks;

/// <summary>One row of a hook's delivery log.</summary>
public sealed record WebhookDeliveryView(
    int Id, string EventId, string Event, DateTime OccurredUtc, WebhookDeliveryState State, int Attempts, DateTime CreatedUtc,
    DateTime NextAttemptUtc, DateTime? LastAttemptUtc, int? LastStatus, string? LastError, DateTime? DeliveredUtc, int? ReplayOf);
