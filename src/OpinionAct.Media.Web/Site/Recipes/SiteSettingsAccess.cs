using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.Site.Recipes;

/// <summary>Reads and cleans the tenant's single site-settings row.</summary>
internal static class SiteSettingsAccess
{
    public static async Task<SiteSettingsRecord> GetOrCreateAsync(TenantDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.SiteSettings.FirstOrDefaultAsync(s => s.Id == SiteSettingsRecord.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new SiteSettingsRecord();
            db.SiteSettings.Add(settings);
        }

        return settings;
    }

    /// <summary>
    /// Settings are plain text: control characters are removed and the length is capped. They are
    /// HTML-encoded wherever they are shown, so markup in them is shown as text, never run.
    /// </summary>
    public static string CleanText(string value, int maxLength, string path, RecipeStepContext context)
    {
        var clean = new string(value.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length > maxLength)
        {
            context.Error(path, $"is too long ({clean.Length} characters; at most {maxLength})");
        }

        return clean;
    }
}
