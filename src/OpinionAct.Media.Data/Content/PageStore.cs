using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Content;

/// <summary>
/// Static pages in the tenant's database. <see cref="FindAsync"/> tracks the page, for a change; the
/// rest read without tracking. Changes are saved by <see cref="ContentUnit"/>.
/// </summary>
public sealed class PageStore(TenantDbContext db)
{
    /// <summary>The page to change; null when it does not exist.</summary>
    public Task<PageRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Pages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The page to read; null when it does not exist.</summary>
    public Task<PageRecord?> GetAsync(int id, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Every page, by path.</summary>
    public Task<List<PageRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().OrderBy(p => p.Path).ToListAsync(cancellationToken);

    /// <summary>The id of the page imported from an Orchard content item, if any.</summary>
    public Task<int?> IdForContentItemAsync(string contentItemId, CancellationToken cancellationToken) =>
        db.Pages.Where(p => p.ContentItemId == contentItemId).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>True when another page than <paramref name="exceptId"/> already has the path.</summary>
    public Task<bool> PathUsedAsync(string path, int? exceptId, CancellationToken cancellationToken) =>
        db.Pages.AnyAsync(p => p.Path == path && p.Id != exceptId, cancellationToken);

    public void Add(PageRecord page) => db.Pages.Add(page);

    public void Remove(PageRecord page) => db.Pages.Remove(page);

    /// <summary>Pages whose body contains <paramref name="reference"/> (<c>media:12</c>; also matches <c>media:123</c>: callers confirm).</summary>
    public Task<List<PageRecord>> MentioningAsync(string reference, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().Where(p => p.BodyMarkdown.Contains(reference) || p.BodyHtml.Contains(reference)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
}
