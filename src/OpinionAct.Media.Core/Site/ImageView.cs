namespace OpinionAct.Media.Site;

/// <summary>
/// An image as themes render it (<c>_image</c> partial): a library item with its responsive variants, or a plain
/// URL (then only <see cref="Src"/> is set). Variant URLs are signed and change when the file or focal point does.
/// </summary>
public sealed record ImageView
{
    /// <summary>The fallback: a variant in the master's format (about 960 px wide), or the plain URL.</summary>
    public required string Src { get; init; }

    /// <summary>Pixel width of <see cref="Src"/>, for the width attribute (with <see cref="Height"/>, the aspect ratio the browser reserves); 0 when unknown.</summary>
    public int Width { get; init; }

    public int Height { get; init; }

    /// <summary>Text for readers who cannot see the image; empty when <see cref="IsDecorative"/>.</summary>
    public string Alt { get; init; } = string.Empty;

    /// <summary>The widths in the master's format (<c>url 480w, url 960w</c>); null for a plain URL.</summary>
    public string? Srcset { get; init; }

    /// <summary>The same widths in WebP, for a <c>&lt;source type="image/webp"&gt;</c>; null when the master is WebP or animated.</summary>
    public string? WebpSrcset { get; init; }

    /// <summary>Content type of <see cref="Srcset"/> ("image/jpeg"), for its own source element.</summary>
    public string? Type { get; init; }

    /// <summary>A default <c>sizes</c> for the place the image was built for; templates may pass their own.</summary>
    public string Sizes { get; init; } = "100vw";

    public string? Caption { get; init; }

    /// <summary>Who made it ("Photo : Jeanne Martin").</summary>
    public string? Credit { get; init; }

    /// <summary>The editor marked it as decoration: shown with an empty alt on purpose.</summary>
    public bool IsDecorative { get; init; }
}
