using OpinionAct.Media.Site;

namespace OpinionAct.Media.Content;

/// <summary>The editable fields of an expert; the bio is Markdown.</summary>
public sealed record ExpertDraft
{
    public required string Name { get; init; }

    public string? Slug { get; init; }

    public string? JobTitle { get; init; }

    public string? Credentials { get; init; }

    public string Bio { get; init; } = string.Empty;

    public string? PhotoUrl { get; init; }

    public IReadOnlyList<LinkView> Links { get; init; } = [];
}
