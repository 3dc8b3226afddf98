using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Web.Content;

/// <summary>Articles and pages share the site's root paths; one place checks that a path is free.</summary>
internal static class ContentPaths
{
    public static async Task CheckAsync(TenantDbContext db, string path, string field, FieldErrors errors, int? articleId, int? pageId, CancellationToken cancellationToken)
    {
        if (Slugs.ValidatePath(path) is { } error)
        {
            errors.Add(field, error);
        }
        else if (await db.Articles.AnyAsync(a => a.Path == path && a.Id != articleId, cancellationToken)
                 || await db.Pages.AnyAsync(p => p.Path == path && p.Id != pageId, cancellationToken))
        {
            errors.Add(field, $"'{path}' is already used by another article or page.");
        }
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
