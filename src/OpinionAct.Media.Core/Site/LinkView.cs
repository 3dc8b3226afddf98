namespace OpinionAct.Media.Site;

/// <summary>A labelled link (a topic, an expert, a social profile, a navigation entry).</summary>
public sealed record LinkView(string Label, string Url)
{
    /// <summary>Media type of the linked resource when it matters, e.g. a feed's "application/atom+xml" (themes assume RSS when unset).</summary>
    public string? Type { get; init; }
}
