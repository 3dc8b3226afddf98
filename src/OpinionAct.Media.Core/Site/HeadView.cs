namespace OpinionAct.Media.Site;

/// <summary>What every template sees as <c>head</c>: title, canonical link, social cards, structured data.</summary>
public sealed record HeadView
{
    /// <summary>The document title, already including the site name where wanted.</summary>
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Absolute canonical URL.</summary>
    public required string CanonicalUrl { get; init; }

    /// <summary>Absolute URL of the social-card image, if any.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Text alternative of <see cref="ImageUrl"/> (og:image:alt, twitter:image:alt).</summary>
    public string? ImageAlt { get; init; }

    /// <summary>Pixel size of <see cref="ImageUrl"/> when known (og:image:width and height); 0 otherwise.</summary>
    public int ImageWidth { get; init; }

    public int ImageHeight { get; init; }

    /// <summary>OpenGraph type: "website" or "article".</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>schema.org JSON-LD, serialised and safe to place inside a script element as is.</summary>
    public string? JsonLd { get; init; }

    /// <summary>Feeds to announce with link rel="alternate" (RSS and Atom of the page's scope).</summary>
    public IReadOnlyList<LinkView> Feeds { get; init; } = [];

    public bool NoIndex { get; init; }
}
