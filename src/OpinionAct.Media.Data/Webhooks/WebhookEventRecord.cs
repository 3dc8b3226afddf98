namespace OpinionAct.Media.Data.Webhooks;

/// <summary>
/// One event in a hub's outbox, written in the same transaction as the change it reports. Its id is the
/// <c>Idempotency-Key</c> of every delivery, retry and replay of it, so a receiver can drop duplicates.
/// </summary>
public sealed class WebhookEventRecord
{
    /// <summary><c>evt_</c> and 32 hex digits.</summary>
    public required string Id { get; set; }

    public required string Event { get; set; }

    public DateTime OccurredUtc { get; set; }

    /// <summary>The payload's <c>data</c> object, as JSON, fixed when the event is written so every attempt posts the same body.</summary>
    public required string DataJson { get; set; }
}
