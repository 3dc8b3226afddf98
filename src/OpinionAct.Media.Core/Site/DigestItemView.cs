namespace OpinionAct.Media.Site;

/// <summary>One picked article in an issue's digest; the URL is absolute.</summary>
public sealed record DigestItemView
{
    public required string Title { get; init; }

    public string? Dek { get; init; }

    public required string Url { get; init; }

    public IReadOnlyList<LinkView> Topics { get; init; } = [];
}
