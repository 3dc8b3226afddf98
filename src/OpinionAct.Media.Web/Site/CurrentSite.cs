using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Site;

/// <summary>The public request's <see cref="SiteRequest"/>, built once per request whichever page service asks first.</summary>
public sealed class CurrentSite(SiteSnapshots snapshots, SiteStore store, TenantContext tenant, IHttpContextAccessor http, ThemeCatalog themes, TimeProvider clock)
{
    private SiteRequest? _site;

    public async ValueTask<SiteRequest> GetAsync(CancellationToken cancellationToken) =>
        _site ??= await SiteRequest.LoadAsync(snapshots, tenant.Tenant.Name, store, http.HttpContext!.Request, themes, tenant.Tenant.DisplayName, clock, cancellationToken);
}
