using OpinionAct.Media.Site;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>What rendering a tenant's emails needs, loaded once per batch: its theme, its <c>site</c> view and base URL.</summary>
public sealed record EmailSite(TenantDescriptor Tenant, string ThemeName, EmailSiteView View, string TimeZone)
{
    public string HomeUrl => View.HomeUrl;

    public string Language => View.Language;
}
