using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Html;
using OpinionAct.Media.Web.Tenancy;
using static OpinionAct.Media.Web.Html.HtmlPage;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// A brand tenant's public routes. For now the home page shows the hub's identity from its
/// settings; articles, themes and feeds arrive with the publishing capability.
/// </summary>
public static class TenantSiteEndpoints
{
    public static IEndpointRouteBuilder MapTenantSite(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", HomeAsync);
        return endpoints;
    }

    private static async Task<IResult> HomeAsync(TenantDbContext db, TenantContext tenant, CancellationToken cancellationToken)
    {
        var settings = await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var name = settings?.SiteName is { Length: > 0 } siteName ? siteName : tenant.Tenant.DisplayName;
        var language = settings?.Language ?? "fr";
        var tagline = language == "en" ? "Expert media hub" : "Média d'experts";
        return Result(
            name,
            $"""
            <h1>{E(name)}</h1>
            <p>{E(settings?.Description)}</p>
            <p class="muted">{E(tagline)}</p>
            """,
            language: language,
            headerHtml: $"<span>{E(name)}</span>");
    }
}
