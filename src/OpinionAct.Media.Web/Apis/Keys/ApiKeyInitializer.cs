using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Apis;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Apis.Keys;

/// <summary>Makes a new tenant's OpenID server keys at creation, and forgets a removed tenant's cached keys.</summary>
internal sealed class ApiKeyInitializer(ApiKeyRing ring, IOptions<ApiKeyOptions> options) : ITenantInitializer, ITenantResourceOwner
{
    public Task InitializeAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) => !options.Value.AtCreation
        ? Task.CompletedTask
        : ring.EnsureAsync(tenantServices.GetRequiredService<TenantContext>().Tenant.Name, tenantServices.GetRequiredService<ApiKeyStore>(), cancellationToken);

    public void Release(string tenant) => ring.Forget(tenant);
}
