namespace OpinionAct.Media.Data.Newsletters;

/// <summary>One of a tenant's newsletters: what readers subscribe to and what issues are sent under.</summary>
public sealed class NewsletterRecord
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Free text shown to readers, such as "Every Tuesday".</summary>
    public string? Cadence { get; set; }

    public required string SenderName { get; set; }

    public required string SenderAddress { get; set; }

    public string? ReplyTo { get; set; }

    public DateTime CreatedUtc { get; set; }
}
