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

    public string? Affiliation { get; init; }

    public string? ConflictsOfInterest { get; init; }

    /// <summary>
    /// The <see cref="ExpertVerification.Fields"/> an editor vouches for with this save. A field ticked here
    /// whose value this same save changes is not marked: the editors verify a value they have seen saved.
    /// </summary>
    public IReadOnlyList<string> Verified { get; init; } = [];
}
