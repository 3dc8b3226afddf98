using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// Every public URL of a hub, relative to its PathBase (prefix tenants) or absolute for feeds and canonicals.
/// Absolute URLs start at <paramref name="origin"/>, the tenant's public origin, never at the request's Host header.
/// </summary>
public sealed class SiteUrls(HttpRequest request, string origin)
{
    private readonly string _base = request.PathBase.Value ?? string.Empty;
    private readonly string _origin = origin;

    /// <summary>The URLs of the request's tenant, absolute ones on its public origin (<see cref="PublicOrigins"/>).</summary>
    public static SiteUrls For(HttpRequest request)
    {
        var services = request.HttpContext.RequestServices;
        var tenant = services.GetRequiredService<TenantContext>().Tenant;
        return new SiteUrls(request, services.GetRequiredService<PublicOrigins>().Origin(tenant, request));
    }

    public string Home => _base + "/";

    public string Article(string path) => $"{_base}/{path}";

    public string Topic(string slug) => $"{_base}/topics/{slug}";

    public string TopicFeed(string slug) => $"{_base}/topics/{slug}/feed.xml";

    public string Expert(string slug) => $"{_base}/experts/{slug}";

    public string Feed => _base + "/feed.xml";

    public string Atom => _base + "/atom.xml";

    public string Search => _base + "/search";

    /// <summary>The signup page; signup forms post here too.</summary>
    public string Subscribe => _base + "/subscribe";

    /// <summary>Base of the emailed subscription links (confirm, manage, unsubscribe).</summary>
    public string Newsletters => _base + "/newsletters";

    public string Sitemap => _base + "/sitemap.xml";

    /// <summary>The hub's icon: the theme's <c>assets/favicon.svg</c>, or one made from the hub's initial.</summary>
    public string Favicon => _base + "/favicon.svg";

    /// <summary>The hub's brand colours as CSS custom properties; the colour in the query makes a new colour a new URL.</summary>
    public string BrandStylesheet(string color) => _base + "/brand.css?v=" + color.TrimStart('#');

    public string Assets(string theme, string? version) => $"{_base}/assets/{theme.ToLowerInvariant()}/{version ?? "0"}/";

    /// <summary>Adds ?page=N (omitted for page 1).</summary>
    public static string Paged(string url, int page) => page <= 1 ? url : $"{url}?page={page}";

    /// <summary>Makes a site-relative URL absolute; absolute URLs pass through.</summary>
    public string Absolute(string url) => url.StartsWith('/') ? _origin + url : url;

    /// <summary>Media and cover paths stored as "/media/..." are relative to the hub, not the host.</summary>
    public string? Content(string? url) => url is null ? null : url.StartsWith('/') ? _base + url : url;
}
