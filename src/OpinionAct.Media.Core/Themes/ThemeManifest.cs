namespace OpinionAct.Media.Themes;

/// <summary>A theme's <c>theme.json</c>: name, description and version, and optionally its brand colour and social image.</summary>
public sealed record ThemeManifest(string Name, string? Description, string? Version)
{
    public string Folder { get; init; } = string.Empty;

    /// <summary>Background of the generated favicon (<c>#rgb</c> or <c>#rrggbb</c>); see <see cref="FaviconSvg"/>.</summary>
    public string? BrandColor { get; init; }

    /// <summary>
    /// A file under <c>assets/</c> (1200×630 PNG or JPEG) shown as <c>og:image</c> on pages without a cover of their own:
    /// social networks do not show SVG.
    /// </summary>
    public string? SocialImage { get; init; }
}
