namespace OpinionAct.Media.Data.Newsletters;

/// <summary>An issue's life: written, perhaps scheduled, then its recipients are queued and worked until none is left.</summary>
public enum IssueStatus
{
    Draft = 0,
    /// <summary>Waits for <see cref="NewsletterIssueRecord.ScheduledUtc"/>; the send worker queues it then.</summary>
    Scheduled = 1,
    /// <summary>Recipients are queued (one delivery row each); the worker is sending.</summary>
    Sending = 2,
    /// <summary>Every delivery row is sent, failed or skipped.</summary>
    Sent = 3,
}
