namespace OpinionAct.Media.Data.Webhooks;

/// <summary>A delivery a worker leased, with what it needs to post it.</summary>
public sealed record ClaimedWebhookDelivery(
    int Id, int HookId, string Url, string ProtectedSecret, string EventId, string Event, DateTime OccurredUtc, string DataJson, int Attempts, DateTime CreatedUtc);
