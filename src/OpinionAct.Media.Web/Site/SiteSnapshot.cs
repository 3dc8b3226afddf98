using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Content;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// What every public page of a hub reads before its own content: settings, topics and newsletters. Shared by every
/// request of the hub until its content changes (see <see cref="SiteSnapshots"/>), so it is never modified.
/// </summary>
public sealed record SiteSnapshot(SiteSettingsRecord Settings, IReadOnlyList<TopicRecord> Topics, IReadOnlyList<NewsletterRecord> Newsletters)
{
    // The settings' JSON is read once per snapshot rather than on every page, where parsing it took about 1 % of an
    // article's CPU.

    /// <summary>The menu as stored (relative entries not yet resolved against the request's hub URL).</summary>
    public IReadOnlyList<LinkView> Menu { get; } = ContentJson.Links(Settings.MenuJson);

    public IReadOnlyList<LinkView> SocialLinks { get; } = ContentJson.Links(Settings.SocialLinksJson);

    /// <summary>The brand colour (<c>#rrggbb</c>), or null when the theme's own applies.</summary>
    public string? BrandColor { get; } = SiteBrandColor.Get(Settings);
}
