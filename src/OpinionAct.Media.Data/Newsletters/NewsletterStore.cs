using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Newsletters;

/// <summary>
/// The newsletters of a tenant's database. Tracked records come back for changes saved with
/// <see cref="SaveChangesAsync"/> (inside a recipe, the recipe's transaction holds them).
/// </summary>
public sealed class NewsletterStore(TenantDbContext db)
{

    /// <summary>Every newsletter by name (then id), not tracked.</summary>
    public Task<List<NewsletterRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.Newsletters.AsNoTracking().OrderBy(n => n.Name).ThenBy(n => n.Id).ToListAsync(cancellationToken);

    /// <summary>Every newsletter by slug, not tracked.</summary>
    public Task<List<NewsletterRecord>> ListBySlugAsync(CancellationToken cancellationToken) =>
        db.Newsletters.AsNoTracking().OrderBy(n => n.Slug).ToListAsync(cancellationToken);

    /// <summary>The newsletters with these slugs, by name, not tracked.</summary>
    public Task<List<NewsletterRecord>> FindBySlugsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        db.Newsletters.AsNoTracking().Where(n => slugs.Contains(n.Slug)).OrderBy(n => n.Name).ToListAsync(cancellationToken);

    public Task<NewsletterRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Newsletters.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);

    public Task<NewsletterRecord?> FindTrackedAsync(int id, CancellationToken cancellationToken) =>
        db.Newsletters.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);

    public Task<NewsletterRecord?> FindBySlugTrackedAsync(string slug, CancellationToken cancellationToken) =>
        db.Newsletters.FirstOrDefaultAsync(n => n.Slug == slug, cancellationToken);

    public Task<bool> SlugTakenAsync(string slug, int selfId, CancellationToken cancellationToken) =>
        db.Newsletters.AnyAsync(n => n.Slug == slug && n.Id != selfId, cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Newsletters.CountAsync(cancellationToken);

    /// <summary>True when an issue of the newsletter was sent or is being sent.</summary>
    public Task<bool> HasMailedIssuesAsync(int id, CancellationToken cancellationToken) =>
        db.NewsletterIssues.AnyAsync(i => i.NewsletterId == id && (i.Status == IssueStatus.Sending || i.Status == IssueStatus.Sent), cancellationToken);

    public void Add(NewsletterRecord newsletter) => db.Newsletters.Add(newsletter);

    /// <summary>Removes the newsletter; its subscriptions and draft issues go with it (cascade).</summary>
    public void Remove(NewsletterRecord newsletter) => db.Newsletters.Remove(newsletter);

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
