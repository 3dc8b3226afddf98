namespace OpinionAct.Media.Data.Webhooks;

/// <summary>
/// One event to one hook: its attempts, its state, and the lease a worker holds on it while posting
/// (<see cref="LeaseOwner"/> until <see cref="LeaseUntilUtc"/>), so two nodes never post the same attempt at once.
/// A replay is a new row for the same event and hook (<see cref="ReplayOf"/>).
/// </summary>
public sealed class WebhookDeliveryRecord
{
    public int Id { get; set; }

    public int HookId { get; set; }

    public required string EventId { get; set; }

    public WebhookDeliveryState State { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    public DateTime? LastAttemptUtc { get; set; }

    /// <summary>The HTTP status of the last attempt; 0 when no answer came.</summary>
    public int? LastStatus { get; set; }

    /// <summary>Why the last attempt failed, short (never the body we sent, never the secret).</summary>
    public string? LastError { get; set; }

    public DateTime? DeliveredUtc { get; set; }

    /// <summary>The delivery this one replays, when an admin asked for it again.</summary>
    public int? ReplayOf { get; set; }

    public WebhookEventRecord? Event { get; set; }

    public WebhookRecord? Hook { get; set; }
}
