using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Web.Content;

/// <summary>Articles and pages share the site's root paths; one place checks that a path is free.</summary>
internal static class ContentPaths
{
    public static async Task CheckAsync(ArticleStore articles, PageStore pages, string path, string field, FieldErrors errors, int? articleId, int? pageId, CancellationToken cancellationToken)
    {
        if (Slugs.ValidatePath(path) is { } error)
        {
            errors.Add(field, error);
        }
        else if (await articles.PathUsedAsync(path, articleId, cancellationToken)
                 || await pages.PathUsedAsync(path, pageId, cancellationToken))
        {
            errors.Add(field, $"'{path}' is already used by another article or page.");
        }
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
