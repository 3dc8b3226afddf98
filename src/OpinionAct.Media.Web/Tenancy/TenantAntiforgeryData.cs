using Microsoft.AspNetCore.Antiforgery;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// Binds every antiforgery token to the tenant that issued it (the host tenant for the agency console),
/// so a token taken from one hub's sign-in page is refused by another hub and by the console even
/// though prefix tenants share one host and so one antiforgery cookie.
/// </summary>
internal sealed class TenantAntiforgeryData : IAntiforgeryAdditionalDataProvider
{
    public string GetAdditionalData(HttpContext context) => TenantOf(context);

    public bool ValidateAdditionalData(HttpContext context, string additionalData) =>
        string.Equals(additionalData, TenantOf(context), StringComparison.Ordinal);

    private static string TenantOf(HttpContext context) => context.RequestServices.GetRequiredService<TenantContext>().Tenant.Name;
}
