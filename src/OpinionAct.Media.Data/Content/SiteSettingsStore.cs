using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Content;

/// <summary>The tenant's single site-settings row, as the content services read and change it. Changes are saved by <see cref="ContentUnit"/>.</summary>
public sealed class SiteSettingsStore(TenantDbContext db)
{
    /// <summary>The settings to read; defaults when the row does not exist yet.</summary>
    public async Task<SiteSettingsRecord> GetAsync(CancellationToken cancellationToken) =>
        await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == SiteSettingsRecord.SingletonId, cancellationToken) ?? new SiteSettingsRecord();

    /// <summary>
    /// The settings to change, tracked; a new row is added when there is none. Find looks in the change tracker first,
    /// so several callers in one unit of work (a recipe's themes step, then its settings step, before anything is
    /// saved) share the row one of them added instead of adding a second one with the same key.
    /// </summary>
    public async Task<SiteSettingsRecord> GetOrCreateAsync(CancellationToken cancellationToken)
    {
        var settings = await db.SiteSettings.FindAsync([SiteSettingsRecord.SingletonId], cancellationToken);
        if (settings is null)
        {
            settings = new SiteSettingsRecord();
            db.SiteSettings.Add(settings);
        }

        return settings;
    }

    /// <summary>The site's language, or null when there are no settings yet.</summary>
    public Task<string?> LanguageAsync(CancellationToken cancellationToken) =>
        db.SiteSettings.Select(s => (string?)s.Language).FirstOrDefaultAsync(cancellationToken);
}
