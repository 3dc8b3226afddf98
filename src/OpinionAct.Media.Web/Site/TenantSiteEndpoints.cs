using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Search;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Themes;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// A brand hub's public site: home, articles, topics, experts, pages, feeds, sitemap, robots and
/// redirects, rendered through the hub's theme and cached per tenant.
/// </summary>
public static class TenantSiteEndpoints
{
    /// <summary>The pages every reader sees alike, all output-cached; the catch-all last resolves articles, pages and redirects.</summary>
    internal static void MapTenantSite(this RouteGroupBuilder site)
    {
        site.MapGet("/", HomeAsync);
        site.MapGet("/topics/{slug}", TopicAsync);
        site.MapGet("/topics/{slug}/feed.xml", TopicFeedAsync);
        site.MapGet("/experts/{slug}", ExpertAsync);
        site.MapGet("/feed.xml", (SitePages pages, CancellationToken ct) => pages.FeedAsync(atom: false, ct));
        site.MapGet("/atom.xml", (SitePages pages, CancellationToken ct) => pages.FeedAsync(atom: true, ct));
        site.MapGet("/sitemap.xml", (SitePages pages, CancellationToken ct) => pages.SitemapAsync(ct));
        site.MapGet("/robots.txt", (SitePages pages, CancellationToken ct) => pages.RobotsAsync(ct));
        site.MapGet("/favicon.svg", (SitePages pages, CancellationToken ct) => pages.FaviconAsync(ct));
        site.MapGet("/brand.css", (SitePages pages, CancellationToken ct) => pages.BrandStylesheetAsync(ct));

        // Clients that never read the page's <link rel="icon"> (feed readers, old browsers) still ask here.
        site.MapGet("/favicon.ico", (HttpRequest request) => Results.Redirect(request.PathBase + "/favicon.svg", permanent: true));
        site.MapGet("/{**path}", ContentAsync);
    }

    private static async Task<IResult> HomeAsync(SitePages pages, string? page, CancellationToken ct) =>
        SitePages.PageNumber(page) is { } number ? await pages.HomeAsync(number, ct) : await pages.NotFoundAsync(ct);

    private static async Task<IResult> TopicAsync(SitePages pages, string slug, string? page, CancellationToken ct) =>
        SitePages.PageNumber(page) is { } number ? await pages.TopicAsync(slug, number, ct) : await pages.NotFoundAsync(ct);

    private static Task<IResult> TopicFeedAsync(SitePages pages, string slug, CancellationToken ct) => pages.TopicFeedAsync(slug, ct);

    private static async Task<IResult> ExpertAsync(SitePages pages, string slug, string? page, CancellationToken ct) =>
        SitePages.PageNumber(page) is { } number ? await pages.ExpertAsync(slug, number, ct) : await pages.NotFoundAsync(ct);

    private static Task<IResult> ContentAsync(SitePages pages, string path, CancellationToken ct) => pages.ContentAsync(path, ct);
}
