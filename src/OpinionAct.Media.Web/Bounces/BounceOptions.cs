namespace OpinionAct.Media.Web.Bounces;

/// <summary><c>Media:Bounces</c>: the bounce mailbox worker.</summary>
public sealed class BounceOptions
{
    public const string SectionName = "Media:Bounces";

    /// <summary>Whether this web node reads bounce mailboxes (the CLI's <c>bounces check</c> always can).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each tenant with a mailbox is read.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages per batch: fetched, recorded and moved together; the progress mark advances once per batch.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>A report larger than this is not downloaded (counted as ignored, and moved): reports are a few KB.</summary>
    public int MaxMessageBytes { get; set; } = 1_000_000;

    /// <summary>IMAP connect and command timeout.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
