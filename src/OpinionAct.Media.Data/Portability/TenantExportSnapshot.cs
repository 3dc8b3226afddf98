using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Portability;

/// <summary>The tenant's content as one read transaction sees it (see <see cref="TenantExportReader"/>).</summary>
public sealed partial class TenantExportSnapshot(TenantDbContext db)
{
    public Task<SiteSettingsRecord?> SettingsAsync(CancellationToken cancellationToken) =>
        db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);

    public Task<List<string>> FeaturesAsync(CancellationToken cancellationToken) =>
        db.Features.AsNoTracking().OrderBy(f => f.EnabledUtc).ThenBy(f => f.Id).Select(f => f.Id).ToListAsync(cancellationToken);

    /// <summary>Topics in display order.</summary>
    public Task<List<TopicRecord>> TopicsAsync(CancellationToken cancellationToken) =>
        db.Topics.AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    public Task<List<ExpertRecord>> ExpertsAsync(CancellationToken cancellationToken) =>
        db.Experts.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);

    public Task<List<PageRecord>> PagesAsync(CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);

    public Task<List<RedirectRecord>> RedirectsAsync(CancellationToken cancellationToken) =>
        db.Redirects.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);

    public Task<List<NewsletterRecord>> NewslettersAsync(CancellationToken cancellationToken) =>
        db.Newsletters.AsNoTracking().OrderBy(n => n.Id).ToListAsync(cancellationToken);

    public Task<List<MediaItemRecord>> MediaAsync(CancellationToken cancellationToken) =>
        db.Set<MediaItemRecord>().AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);

    public Task<List<ContentDefinitionRecord>> ContentDefinitionsAsync(CancellationToken cancellationToken) =>
        db.ContentDefinitions.AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.Name).ToListAsync(cancellationToken);

    /// <summary>Every article in creation order, streamed.</summary>
    public IAsyncEnumerable<ExportedArticle> ArticlesAsync() =>
        db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => new ExportedArticle(
            a.Id, a.ContentItemId, a.Path, a.Status, a.Title, a.Dek, a.BodyMarkdown, a.BodyMarkdown == string.Empty ? a.BodyHtml : string.Empty,
            a.Language, a.CoverImage, a.CoverAlt, a.SeoTitle, a.SeoDescription, a.CanonicalUrl, a.Featured, a.SourcesJson, a.CorrectionsJson,
            a.PublishedUtc, a.ScheduledUtc, a.CreatedUtc, a.UpdatedUtc,
            a.Topics.OrderBy(t => t.Position).Select(t => t.Topic!.Slug).ToList(),
            a.Experts.OrderBy(e => e.Position).Select(e => e.Expert!.Slug).ToList(),
            a.ClaimReviewsJson))
        .AsAsyncEnumerable();
}
