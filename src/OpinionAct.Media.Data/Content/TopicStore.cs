using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Content;

/// <summary>
/// Topics (a tree) in the tenant's database. <see cref="FindAsync"/> and <see cref="BySlugsAsync"/> track
/// what they load, for a change; the rest read without tracking. Changes are saved by <see cref="ContentUnit"/>.
/// </summary>
public sealed class TopicStore(TenantDbContext db)
{
    /// <summary>The topic to change; null when it does not exist.</summary>
    public Task<TopicRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Topics.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    /// <summary>The topic to read; null when it does not exist.</summary>
    public Task<TopicRecord?> GetAsync(int id, CancellationToken cancellationToken) =>
        db.Topics.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public Task<TopicRecord?> GetBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.Topics.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);

    /// <summary>Every topic, in the editors' order.</summary>
    public Task<List<TopicRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.Topics.AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Name).ToListAsync(cancellationToken);

    /// <summary>The topics with these slugs, tracked (an article links to them), by slug; unknown slugs are left out.</summary>
    public Task<Dictionary<string, TopicRecord>> BySlugsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        db.Topics.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, cancellationToken);

    /// <summary>The topics imported from these Orchard content items (taxonomy terms), as (ContentItemId, Slug) pairs.</summary>
    public async Task<List<(string ContentItemId, string Slug)>> SlugsForContentItemsAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken) =>
        (await db.Topics.Where(t => t.ContentItemId != null && contentItemIds.Contains(t.ContentItemId)).Select(t => new { t.ContentItemId, t.Slug }).ToListAsync(cancellationToken))
            .Select(t => (t.ContentItemId!, t.Slug)).ToList();

    /// <summary>The id of the topic imported from an Orchard content item, if any.</summary>
    public Task<int?> IdForContentItemAsync(string contentItemId, CancellationToken cancellationToken) =>
        db.Topics.Where(t => t.ContentItemId == contentItemId).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>True when another topic than <paramref name="exceptId"/> already has the slug.</summary>
    public Task<bool> SlugUsedAsync(string slug, int exceptId, CancellationToken cancellationToken) =>
        db.Topics.AnyAsync(t => t.Slug == slug && t.Id != exceptId, cancellationToken);

    /// <summary>Every topic's parent, by topic id: the whole tree, to walk it for cycles.</summary>
    public Task<Dictionary<int, int?>> ParentsAsync(CancellationToken cancellationToken) =>
        db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ParentId, cancellationToken);

    /// <summary>The position after the last topic, for a new one.</summary>
    public async Task<int> NextPositionAsync(CancellationToken cancellationToken) =>
        (await db.Topics.MaxAsync(t => (int?)t.Position, cancellationToken) ?? -1) + 1;

    /// <summary>True when an article or a subtopic still uses the topic.</summary>
    public async Task<bool> InUseAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<ArticleTopicRecord>().AnyAsync(l => l.TopicId == id, cancellationToken) || await db.Topics.AnyAsync(t => t.ParentId == id, cancellationToken);

    public void Add(TopicRecord topic) => db.Topics.Add(topic);

    public void Remove(TopicRecord topic) => db.Topics.Remove(topic);

    /// <summary>Topics whose image contains <paramref name="reference"/> (<c>media:12</c>; also matches <c>media:123</c>: callers confirm).</summary>
    public Task<List<TopicRecord>> MentioningAsync(string reference, CancellationToken cancellationToken) =>
        db.Topics.AsNoTracking().Where(t => t.Image != null && t.Image.Contains(reference)).OrderBy(t => t.Id).ToListAsync(cancellationToken);
}
