using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Site;

/// <summary>Pages the platform writes itself (the analytics privacy notice), shown through the theme's page template.</summary>
public sealed partial class SitePages
{
    /// <param name="build">Title and trusted HTML, from the site's language and name.</param>
    public async Task<IResult> GeneratedPageAsync(string path, Func<string, string, (string Title, string Html)> build, CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        await ImagesAsync(site, [], [], ct);
        var (title, html) = build(site.Site.Language, site.Site.Name);
        var view = new PageView(title, html, site.Urls.Article(path));
        return await RenderAsync(site, "page", site.Head(title, null, view.Url), view, ct);
    }
}
