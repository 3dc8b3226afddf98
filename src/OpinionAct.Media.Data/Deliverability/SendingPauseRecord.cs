namespace OpinionAct.Media.Data.Deliverability;

/// <summary>
/// Whether a hub's issue sending is paused because readers complained too often (one row, or none when it never was).
/// Paused, the send passes stop; an Admin resumes it, and the complaint rate is then measured again from that moment.
/// </summary>
public sealed class SendingPauseRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Null while sending is allowed.</summary>
    public DateTime? PausedUtc { get; set; }

    /// <summary>Complaints and messages sent in the window that passed the threshold (kept after a resume, for the record).</summary>
    public int Complaints { get; set; }

    public int MessagesSent { get; set; }

    /// <summary>When an Admin last resumed sending: the complaint window starts no earlier than this.</summary>
    public DateTime? ResumedUtc { get; set; }

    public string? ResumedBy { get; set; }
}
