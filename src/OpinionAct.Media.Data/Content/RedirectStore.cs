using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Content;

/// <summary>Permanent redirects in the tenant's database. Changes are saved by <see cref="ContentUnit"/>.</summary>
public sealed class RedirectStore(TenantDbContext db)
{
    /// <summary>The redirect to delete; null when it does not exist.</summary>
    public Task<RedirectRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Redirects.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>Every redirect, by the path it moves away from.</summary>
    public Task<List<RedirectRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.Redirects.AsNoTracking().OrderBy(r => r.FromPath).ToListAsync(cancellationToken);

    /// <summary>The redirect away from <paramref name="fromPath"/> (normalised: no slashes around, lowercase), if any.</summary>
    public Task<RedirectRecord?> FindByFromPathAsync(string fromPath, CancellationToken cancellationToken) =>
        db.Redirects.AsNoTracking().FirstOrDefaultAsync(r => r.FromPath == fromPath, cancellationToken);

    public Task<bool> FromPathUsedAsync(string fromPath, CancellationToken cancellationToken) =>
        db.Redirects.AnyAsync(r => r.FromPath == fromPath, cancellationToken);

    public void Add(RedirectRecord redirect) => db.Redirects.Add(redirect);

    public void Remove(RedirectRecord redirect) => db.Redirects.Remove(redirect);
}
