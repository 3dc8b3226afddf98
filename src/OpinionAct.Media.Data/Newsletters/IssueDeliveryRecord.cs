namespace OpinionAct.Media.Data.Newsletters;

/// <summary>
/// One recipient of one issue in the persistent send queue; unique per (issue, subscriber). Times the
/// workers compare in SQL (<see cref="NextAttemptAt"/>, <see cref="LeaseUntil"/>) are Unix milliseconds,
/// so the same statement works on SQLite and PostgreSQL.
/// </summary>
public sealed class IssueDeliveryRecord
{
    public long Id { get; set; }

    public int IssueId { get; set; }

    public int SubscriberId { get; set; }

    /// <summary>The address when queued; the worker mails this one.</summary>
    public required string Email { get; set; }

    public DeliveryState State { get; set; }

    /// <summary>Attempts started (each lease counts one).</summary>
    public int Attempts { get; set; }

    /// <summary>Not before this time (Unix ms): the backoff after a transient failure; 0 = at once.</summary>
    public long NextAttemptAt { get; set; }

    /// <summary>While <see cref="DeliveryState.Sending"/>: the lease's end (Unix ms); another worker may take the row after it.</summary>
    public long LeaseUntil { get; set; }

    /// <summary>The worker holding the lease.</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>The last SMTP error (reply code and text), never the message.</summary>
    public string? LastError { get; set; }
}
