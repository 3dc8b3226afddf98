namespace OpinionAct.Media.Data.Newsletters;

/// <summary>One bounce or complaint as reported by the mail provider's webhook or the CLI, kept as a log.</summary>
public sealed class DeliveryReportRecord
{
    public int Id { get; set; }

    /// <summary>Null when the address is not (or no longer) a subscriber; the report is still logged.</summary>
    public int? SubscriberId { get; set; }

    public required string Email { get; set; }

    /// <summary>The issue the bounce or complaint is about, when the report names it (the bounce mailbox reads it
    /// from the VERP return path); null for reports that do not (webhook, CLI). Per-issue rates count these.</summary>
    public int? IssueId { get; set; }

    public DeliveryReportKind Kind { get; set; }

    /// <summary>The provider's diagnostic (e.g. "550 5.1.1 user unknown"), trimmed to 500 characters.</summary>
    public string? Detail { get; set; }

    public DateTime ReceivedUtc { get; set; }
}
