namespace OpinionAct.Media.Data.Ambassadors;

public enum AmbassadorReportState
{
    /// <summary>Due: the job sends it at its next run (again after a transient failure).</summary>
    Pending = 0,

    /// <summary>Claimed by a sender; left so by a crash, it is in doubt and not sent again (never twice).</summary>
    Sending = 1,

    Sent = 2,

    /// <summary>Refused for good, attempts spent, or nothing to send from.</summary>
    Failed = 3,

    /// <summary>Not sent: the ambassador unsubscribed or was revoked before it went.</summary>
    Skipped = 4,
}
