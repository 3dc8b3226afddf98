namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// Something a module makes for every new tenant once its database exists and before its recipe runs
/// (the OpenID server's keys, for instance). Runs in a scope of the new tenant; a failure undoes the setup.
/// </summary>
public interface ITenantInitializer
{
    Task InitializeAsync(IServiceProvider tenantServices, CancellationToken cancellationToken);
}
