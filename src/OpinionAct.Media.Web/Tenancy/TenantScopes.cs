using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Tenancy;

public static class TenantScopes
{
    /// <summary>A DI scope working for one tenant, for work outside a request (CLI, setup, jobs).</summary>
    public static AsyncServiceScope CreateTenantScope(this IServiceProvider services, TenantDescriptor tenant)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        return scope;
    }
}
