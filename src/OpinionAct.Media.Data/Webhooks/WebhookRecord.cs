namespace OpinionAct.Media.Data.Webhooks;

/// <summary>One webhook of a hub: where events are posted, which events, and the secret that signs them.</summary>
public sealed class WebhookRecord
{
    public int Id { get; set; }

    public required string Url { get; set; }

    /// <summary>The subscribed event names, comma-separated (see <see cref="EventList"/>).</summary>
    public required string Events { get; set; }

    /// <summary>The signing secret, encrypted with Data Protection: it must be read back to sign, so it cannot be hashed.</summary>
    public required string ProtectedSecret { get; set; }

    public bool Active { get; set; } = true;

    public DateTime CreatedUtc { get; set; }

    /// <summary>Why the hook was disabled ("410 Gone", "disabled by an admin"); null while active.</summary>
    public string? DisabledReason { get; set; }

    /// <summary>The HTTP status of the last attempt (0 when no answer came: timeout, refused target, connection error).</summary>
    public int? LastStatus { get; set; }

    public DateTime? LastAttemptUtc { get; set; }

    public IReadOnlyList<string> EventList => Events.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
