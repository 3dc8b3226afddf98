namespace OpinionAct.Media.Site;

/// <summary>
/// What every email template sees as <c>site</c>: the hub's identity and UI text. Unlike
/// <see cref="SiteView"/>, every URL is absolute: an email is read far from the site.
/// </summary>
public sealed record EmailSiteView
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>"fr" or "en": the <c>lang</c> attribute and the language of <see cref="Text"/>.</summary>
    public required string Language { get; init; }

    /// <summary>The hub's absolute home URL, ending with '/' (e.g. "https://brand.example/").</summary>
    public required string HomeUrl { get; init; }

    public int Year { get; init; }

    /// <summary>The hub's brand colour (<c>#rrggbb</c>), for buttons and rules; null when the theme's own applies.</summary>
    public string? Brand { get; init; }

    /// <summary>Text on <see cref="Brand"/> (white or black, whichever contrasts more); null without a brand colour.</summary>
    public string? OnBrand { get; init; }

    /// <summary>The brand colour darkened to read as link text on the themes' light panels (4.5:1); null without one.</summary>
    public string? BrandInk { get; init; }

    /// <summary>UI strings of emails in <see cref="Language"/>.</summary>
    public required EmailText Text { get; init; }
}
