namespace OpinionAct.Media.Site;

/// <summary>Where a republished article comes from: the ally that first published it, when, and by whom.</summary>
/// <param name="Hub">The original hub's name.</param>
/// <param name="Url">The original's public URL (also the page's canonical link).</param>
public sealed record SyndicationOriginView(string Hub, string Url)
{
    public string? PublishedIso { get; init; }

    public string? PublishedDisplay { get; init; }

    /// <summary>The original's bylines, as names.</summary>
    public string? Authors { get; init; }
}
