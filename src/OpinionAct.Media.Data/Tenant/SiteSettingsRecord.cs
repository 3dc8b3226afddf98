namespace OpinionAct.Media.Data.Tenant;

/// <summary>The tenant's site settings: one row, id 1.</summary>
public sealed class SiteSettingsRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string SiteName { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>Default content language, "fr" or "en".</summary>
    public string Language { get; set; } = "fr";

    /// <summary>IANA time zone used to show and schedule dates (added in schema version 2).</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    public string? Theme { get; set; }

    /// <summary>The brand's logo: a library reference (<c>media:12</c>) or an absolute URL; none shows the name alone.</summary>
    public string? Logo { get; set; }

    /// <summary>The OpenGraph image of pages that have none of their own: a library reference or an absolute URL.</summary>
    public string? SocialImage { get; set; }

    /// <summary>Social profile links as JSON: [{Label, Url}] (added in schema version 3).</summary>
    public string SocialLinksJson { get; set; } = "[]";

    /// <summary>The main menu as JSON: [{Label, Url}], Url a site path (<c>/a-propos</c>) or an http(s) URL; empty shows the top-level topics.</summary>
    public string MenuJson { get; set; } = "[]";

    /// <summary>Settings a recipe gave that no feature reads yet (e.g. Orchard's LayerSettings), kept as JSON.</summary>
    public string PropertiesJson { get; set; } = "{}";

    public DateTime UpdatedUtc { get; set; }
}
