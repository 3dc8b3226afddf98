namespace OpinionAct.Media.Site;

/// <summary>What every template sees as <c>site</c>: the hub's identity, navigation and UI text.</summary>
public sealed record SiteView
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>"fr" or "en": the <c>lang</c> attribute and the language of <see cref="Text"/>.</summary>
    public required string Language { get; init; }

    /// <summary>The hub's home URL, ending with '/' (e.g. "/demo/" or "https://brand.example/").</summary>
    public required string HomeUrl { get; init; }

    /// <summary>Base URL of the theme's assets, cache-busted by version (e.g. "/demo/assets/expert/0.1.0/").</summary>
    public required string AssetsUrl { get; init; }

    /// <summary>The tracker script at its versioned URL (e.g. "/demo/t.js?v=…"), which changes with the script, so it is cached for a year.</summary>
    public required string TrackerUrl { get; init; }

    /// <summary>The hub's icon (e.g. "/demo/favicon.svg"), for <c>&lt;link rel="icon"&gt;</c>.</summary>
    public required string IconUrl { get; init; }

    /// <summary>
    /// The hub's brand colours as a stylesheet (<c>:root{--brand:…;--on-brand:…;--brand-ink:…}</c>), its URL changing with
    /// the colour; null when the hub keeps its theme's colour. Link it after the theme's stylesheet.
    /// </summary>
    public string? BrandStylesheetUrl { get; init; }

    public required string FeedUrl { get; init; }

    public required string AtomUrl { get; init; }

    public required string SearchUrl { get; init; }

    /// <summary>Top-level topics for the main navigation.</summary>
    public IReadOnlyList<LinkView> Navigation { get; init; } = [];

    public IReadOnlyList<LinkView> SocialLinks { get; init; } = [];

    /// <summary>The brand's logo; null shows the name alone.</summary>
    public ImageView? Logo { get; init; }

    public int Year { get; init; }

    /// <summary>UI strings in <see cref="Language"/>.</summary>
    public required ThemeText Text { get; init; }

    /// <summary>The newsletter signup form for the <c>_signup</c> partial; null when the hub has no newsletter.</summary>
    public SignupFormView? Signup { get; init; }

    /// <summary>Strings of the signup form and the subscription pages, in <see cref="Language"/>.</summary>
    public SubscriptionText SubscribeText { get; init; } = SubscriptionText.French;
}
