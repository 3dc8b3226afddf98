using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Newsletters;

/// <summary>The one row of mail settings in a tenant's database (SMTP server, click tracking, webhook secret hash).</summary>
public sealed class NewsletterSettingsStore(TenantDbContext db)
{
    /// <summary>The settings, not tracked; defaults when none were saved.</summary>
    public async Task<NewsletterSettingsRecord> GetAsync(CancellationToken cancellationToken) =>
        await db.NewsletterSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == NewsletterSettingsRecord.SingletonId, cancellationToken) ?? new NewsletterSettingsRecord();

    /// <summary>The settings, tracked for a change (added when none were saved yet); <see cref="SaveChangesAsync"/> writes them.</summary>
    public async Task<NewsletterSettingsRecord> TrackAsync(CancellationToken cancellationToken)
    {
        var settings = await db.NewsletterSettings.FirstOrDefaultAsync(s => s.Id == NewsletterSettingsRecord.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new NewsletterSettingsRecord();
            db.NewsletterSettings.Add(settings);
        }

        return settings;
    }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>True when the tenant counts clicks on the links of its issues.</summary>
    public Task<bool> ClickTrackingAsync(CancellationToken cancellationToken) =>
        db.NewsletterSettings.AsNoTracking().AnyAsync(s => s.ClickTracking, cancellationToken);
}
