using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// What every public page of a hub reads before its own content: settings, topics and newsletters. Shared by every
/// request of the hub until its content changes (see <see cref="SiteSnapshots"/>), so it is never modified.
/// </summary>
public sealed record SiteSnapshot(SiteSettingsRecord Settings, IReadOnlyList<TopicRecord> Topics, IReadOnlyList<NewsletterRecord> Newsletters);
