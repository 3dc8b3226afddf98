using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Content;

/// <summary>
/// Experts in the tenant's database. <see cref="FindAsync"/> and <see cref="BySlugsAsync"/> track what
/// they load, for a change; the rest read without tracking. Changes are saved by <see cref="ContentUnit"/>.
/// </summary>
public sealed class ExpertStore(TenantDbContext db)
{
    /// <summary>The expert to change; null when it does not exist.</summary>
    public Task<ExpertRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Experts.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>The expert to read; null when it does not exist.</summary>
    public Task<ExpertRecord?> GetAsync(int id, CancellationToken cancellationToken) =>
        db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>Every expert, by name.</summary>
    public Task<List<ExpertRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.Experts.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken);

    /// <summary>The experts with these slugs, tracked (an article links to them), by slug; unknown slugs are left out.</summary>
    public Task<Dictionary<string, ExpertRecord>> BySlugsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        db.Experts.Where(e => slugs.Contains(e.Slug)).ToDictionaryAsync(e => e.Slug, cancellationToken);

    /// <summary>The id of the expert imported from an Orchard content item, if any.</summary>
    public Task<int?> IdForContentItemAsync(string contentItemId, CancellationToken cancellationToken) =>
        db.Experts.Where(e => e.ContentItemId == contentItemId).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>True when another expert than <paramref name="exceptId"/> already has the slug.</summary>
    public Task<bool> SlugUsedAsync(string slug, int exceptId, CancellationToken cancellationToken) =>
        db.Experts.AnyAsync(e => e.Slug == slug && e.Id != exceptId, cancellationToken);

    public void Add(ExpertRecord expert) => db.Experts.Add(expert);

    public void Remove(ExpertRecord expert) => db.Experts.Remove(expert);

    /// <summary>True while an article names the expert in its byline.</summary>
    public Task<bool> InUseAsync(int id, CancellationToken cancellationToken) =>
        db.Set<ArticleExpertRecord>().AnyAsync(l => l.ExpertId == id, cancellationToken);

    /// <summary>Experts whose photo or bio contains <paramref name="reference"/> (<c>media:12</c>; also matches <c>media:123</c>: callers confirm).</summary>
    public Task<List<ExpertRecord>> MentioningAsync(string reference, CancellationToken cancellationToken) =>
        db.Experts.AsNoTracking()
            .Where(e => (e.PhotoUrl != null && e.PhotoUrl.Contains(reference)) || e.BioMarkdown.Contains(reference) || e.BioHtml.Contains(reference))
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
}
