using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Site;

/// <summary>
/// The tenant's single site-settings row, tracked for editing. Changes are saved by <see cref="SaveAsync"/>,
/// or by the recipe's unit of work when a step edits them inside its transaction.
/// </summary>
public sealed class SiteSettingsStore(TenantDbContext db)
{
    /// <summary>The row, or a new one added to the context (saved with the next save) when the tenant has none yet.</summary>
    public async Task<SiteSettingsRecord> GetOrCreateAsync(CancellationToken cancellationToken)
    {
        var settings = await db.SiteSettings.FirstOrDefaultAsync(s => s.Id == SiteSettingsRecord.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new SiteSettingsRecord();
            db.SiteSettings.Add(settings);
        }

        return settings;
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
