namespace OpinionAct.Media.Data.Newsletters;

/// <summary>One issue of a newsletter: a Markdown body and/or a digest of picked articles, sent once to its confirmed subscribers.</summary>
public sealed class NewsletterIssueRecord
{
    public int Id { get; set; }

    public int NewsletterId { get; set; }

    public required string Subject { get; set; }

    /// <summary>The line inbox lists show after the subject.</summary>
    public string? Preheader { get; set; }

    public string BodyMarkdown { get; set; } = string.Empty;

    /// <summary>Ids of the picked articles, in order, as a JSON array.</summary>
    public string ArticleIdsJson { get; set; } = "[]";

    public IssueStatus Status { get; set; }

    public DateTime? ScheduledUtc { get; set; }

    /// <summary>When the recipients were queued (the send started).</summary>
    public DateTime? QueuedUtc { get; set; }

    /// <summary>When the last delivery row was settled.</summary>
    public DateTime? CompletedUtc { get; set; }

    /// <summary>
    /// The email as it is sent (an <c>IssueEmailView</c> as JSON), frozen when the recipients are queued, so a
    /// send resumed after a crash mails the same text even if the articles have changed since.
    /// </summary>
    public string? FrozenJson { get; set; }

    /// <summary>Random, set at creation: makes Message-IDs unique across databases that reuse issue ids.</summary>
    public required string MessageKey { get; set; }

    public int RecipientCount { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public NewsletterRecord? Newsletter { get; set; }
}
