using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Agency;

/// <summary>The agency console on the host tenant: staff sign-in (its own cookie and role), the hub list, creation and each hub's actions.</summary>
internal sealed class AgencyModule : IMediaModule
{
    public void AddWebServices(IServiceCollection services)
    {
        services.AddScoped<ConsoleRequest>();
        services.AddScoped<AgencySignIn>();
        services.AddAuthentication(AgencyConsoleEndpoints.Scheme).AddCookie(AgencyConsoleEndpoints.Scheme, cookie =>
        {
            cookie.Cookie.Name = ".media.agency";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/admin/login";
            cookie.AccessDeniedPath = "/admin/login";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.Events.OnValidatePrincipal = Accounts.AgencySessions.ValidateAsync;
        });
        services.AddAuthorizationBuilder().AddPolicy(AgencyConsoleEndpoints.Policy, policy =>
            policy.AddAuthenticationSchemes(AgencyConsoleEndpoints.Scheme).RequireRole(AgencyConsoleEndpoints.Role));
    }

    public void MapConsole(ConsoleRoutes console) => console.MapAgencyConsole();
}
