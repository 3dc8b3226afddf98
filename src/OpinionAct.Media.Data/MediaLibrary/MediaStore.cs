using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.MediaLibrary;

/// <summary>The media library's rows in the tenant's database.</summary>
public sealed class MediaStore(TenantDbContext db)
{
    /// <summary>A tracked item, to change and save; null when this tenant has none with that id.</summary>
    public Task<MediaItemRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<MediaItemRecord>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>
    /// Items by id, read-only, for pages that show several (a home page's covers), in one compiled query. The ids go as
    /// one parameter: the SQL is the same whatever their number, so EF does not build it again for every page.
    /// </summary>
    public async Task<Dictionary<int, MediaItemRecord>> ReadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : await SiteQueries.For(db).MediaItemsById(db, [.. ids]).ToDictionaryAsync(m => m.Id, cancellationToken: cancellationToken);

    public Task<MediaItemRecord?> FindByLibraryPathAsync(string libraryPath, CancellationToken cancellationToken) =>
        db.Set<MediaItemRecord>().FirstOrDefaultAsync(m => m.LibraryPath == libraryPath, cancellationToken);

    /// <summary>
    /// A page of the library, newest first. <paramref name="text"/> matches words of the file name, alt
    /// text, caption, credit and tags, accents and case aside; <paramref name="tag"/> one whole tag.
    /// </summary>
    public async Task<(List<MediaItemRecord> Items, int Total)> SearchAsync(string? text, string? tag, int skip, int take, CancellationToken cancellationToken)
    {
        var query = db.Set<MediaItemRecord>().AsNoTracking();
        var words = Slugs.From(text, 200);
        if (words.Length > 0)
        {
            query = query.Where(m => m.SearchText.Contains(words));
        }

        var tagSlug = Slugs.From(tag, 60);
        if (tagSlug.Length > 0)
        {
            var wrapped = "|" + tagSlug + "|";
            query = query.Where(m => m.Tags.Contains(wrapped));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>Every item, oldest first (CLI listing and regeneration).</summary>
    public Task<List<MediaItemRecord>> AllAsync(CancellationToken cancellationToken) =>
        db.Set<MediaItemRecord>().AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);

    /// <summary>Bytes of masters this tenant holds, each distinct file counted once.</summary>
    public async Task<long> TotalBytesAsync(CancellationToken cancellationToken)
    {
        var files = await db.Set<MediaItemRecord>().AsNoTracking().Select(m => new { m.Hash, m.Bytes }).Distinct().ToListAsync(cancellationToken);
        return files.Sum(f => f.Bytes);
    }

    /// <summary>Whether any item other than <paramref name="exceptId"/> keeps a file with this hash (then the file stays).</summary>
    public Task<bool> HashUsedAsync(string hash, int exceptId, CancellationToken cancellationToken) =>
        db.Set<MediaItemRecord>().AnyAsync(m => m.Hash == hash && m.Id != exceptId, cancellationToken);

    public void Add(MediaItemRecord item) => db.Set<MediaItemRecord>().Add(item);

    public void Remove(MediaItemRecord item) => db.Set<MediaItemRecord>().Remove(item);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>The signing keys of this tenant's image URLs, newest first.</summary>
    public Task<List<MediaUrlKeyRecord>> UrlKeysAsync(CancellationToken cancellationToken) =>
        db.Set<MediaUrlKeyRecord>().AsNoTracking().OrderByDescending(k => k.CreatedUtc).ThenByDescending(k => k.Id).ToListAsync(cancellationToken);

    public async Task AddUrlKeyAsync(MediaUrlKeyRecord key, CancellationToken cancellationToken)
    {
        db.Set<MediaUrlKeyRecord>().Add(key);
        await db.SaveChangesAsync(cancellationToken);
    }
}
