namespace OpinionAct.Media.Themes;

/// <summary>A theme's <c>theme.json</c>: name, description and version, and optionally its base, brand colour and social image.</summary>
public sealed record ThemeManifest(string Name, string? Description, string? Version)
{
    public string Folder { get; init; } = string.Empty;

    /// <summary>
    /// The theme this one builds on (<c>"base": "Base"</c>): a template, partial or email template this theme's
    /// folder lacks is read from the base's folder (and then from the base's own base). Assets are not inherited.
    /// </summary>
    public string? Base { get; init; }

    /// <summary>
    /// A base theme only (<c>"abstract": true</c>): other themes build on it, but it is never listed, found or
    /// rendered as a hub's theme. See <see cref="ThemeCatalog.IsBase"/>.
    /// </summary>
    public bool Abstract { get; init; }

    /// <summary>Background of the generated favicon (<c>#rgb</c> or <c>#rrggbb</c>); see <see cref="FaviconSvg"/>.</summary>
    public string? BrandColor { get; init; }

    /// <summary>
    /// A file under <c>assets/</c> (1200×630 PNG or JPEG) shown as <c>og:image</c> on pages without a cover of their own:
    /// social networks do not show SVG.
    /// </summary>
    public string? SocialImage { get; init; }

    /// <summary>
    /// Widths the theme shows library images at, by name (<c>"imageSizes": {"card": {"width": 600}}</c>, as Ghost's
    /// <c>image_sizes</c>): rendered at upload beside the configured defaults, so first readers get them from cache.
    /// </summary>
    public IReadOnlyDictionary<string, ThemeImageSize>? ImageSizes { get; init; }
}
