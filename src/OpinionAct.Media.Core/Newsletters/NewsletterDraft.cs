namespace OpinionAct.Media.Newsletters;

/// <summary>A newsletter as an editor or a recipe describes it; the service validates every field.</summary>
public sealed record NewsletterDraft
{
    public string? Slug { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? Description { get; init; }

    /// <summary>Free text shown to readers, such as "Every Tuesday".</summary>
    public string? Cadence { get; init; }

    public string SenderName { get; init; } = string.Empty;

    public string SenderAddress { get; init; } = string.Empty;

    public string? ReplyTo { get; init; }
}
