using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Content;

/// <summary>The tenant's accounts as content shows them: bylines of article owners and revision authors.</summary>
public sealed class ContentUserStore(TenantDbContext db)
{
    /// <summary>Emails (else user names, else ids) of the given accounts, by id; unknown ids are left out.</summary>
    public Task<Dictionary<string, string>> NamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Email ?? u.UserName ?? u.Id, StringComparer.Ordinal, cancellationToken);
}
