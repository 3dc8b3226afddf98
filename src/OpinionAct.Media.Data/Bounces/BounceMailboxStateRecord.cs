namespace OpinionAct.Media.Data.Bounces;

/// <summary>
/// The bounce mailbox's progress (one row), so a restart resumes where the last pass stopped: the folder and its
/// UIDVALIDITY, and the highest UID whose reports are recorded (advanced in the same transaction as the reports, so a
/// crash before the processed mail is moved never counts a bounce twice). Also the last pass's summary for the admin.
/// </summary>
public sealed class BounceMailboxStateRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The folder the UIDs belong to; another folder starts from scratch.</summary>
    public string? Folder { get; set; }

    public long UidValidity { get; set; }

    /// <summary>Every message up to this UID has been recorded (it may still wait to be moved or deleted).</summary>
    public long HighestUid { get; set; }

    public DateTime? LastPassUtc { get; set; }

    /// <summary>The last pass's counts (JSON), shown on the mail settings page.</summary>
    public string? LastSummaryJson { get; set; }

    /// <summary>Why the last pass failed (one sentence, no secret), or null.</summary>
    public string? LastError { get; set; }
}
