namespace OpinionAct.Media.Site;

/// <summary>One picked article in an issue's digest; the URL is absolute.</summary>
public sealed record DigestItemView
{
    public required string Title { get; init; }

    public string? Dek { get; init; }

    public required string Url { get; init; }

    /// <summary>The article's cover at an email-safe size (absolute, JPEG or PNG, 1200 px shown at 600); null without one.</summary>
    public ImageView? Cover { get; init; }

    public IReadOnlyList<LinkView> Topics { get; init; } = [];
}
