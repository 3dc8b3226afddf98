using OpinionAct.Media.Site;

namespace OpinionAct.Media.Content;

/// <summary>What a hub's Admin can change about the site: name, description, language, theme, time zone, social links, brand colour.</summary>
public sealed record SiteSettingsDraft
{
    public required string SiteName { get; init; }

    public string? Description { get; init; }

    /// <summary>"fr" or "en": the public site's and the admin's language.</summary>
    public string Language { get; init; } = "fr";

    /// <summary>An installed theme's name.</summary>
    public string? Theme { get; init; }

    /// <summary>IANA time zone id ("Europe/Paris"), used to show and schedule dates.</summary>
    public string TimeZone { get; init; } = "Europe/Paris";

    public IReadOnlyList<LinkView> SocialLinks { get; init; } = [];

    /// <summary>The main menu, in order: a site path (<c>/a-propos</c>, Orchard's <c>~/a-propos</c>) or an http(s) URL each; none lists the top-level topics.</summary>
    public IReadOnlyList<LinkView> Menu { get; init; } = [];

    /// <summary>The site's logo: <c>media:&lt;id&gt;</c> or a URL; null leaves it as it is (a recipe that sets none), "" removes it.</summary>
    public string? Logo { get; init; }

    /// <summary>The OpenGraph image of pages that have none of their own: <c>media:&lt;id&gt;</c> or a URL; null keeps, "" removes.</summary>
    public string? SocialImage { get; init; }

    /// <summary>The brand colour as <c>#rrggbb</c> or <c>#rgb</c>; null keeps it, "" returns to the theme's own.</summary>
    public string? BrandColor { get; init; }
}
