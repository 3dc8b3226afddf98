using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Accounts;

namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// The editor admin at <c>/admin</c> on every brand tenant: its own cookie scheme (scoped to the
/// tenant), role policies, and the endpoint groups by area. Server-rendered forms, each with an
/// antiforgery token; nothing here is output-cached.
/// </summary>
public static class EditorAdmin
{
    public const string Scheme = "Editor";

    /// <summary>Any editor account of the tenant: Admin, Editor or Author.</summary>
    public const string WriterPolicy = "TenantWriter";

    /// <summary>Editors and Admins: publishing, topics, experts, pages, redirects.</summary>
    public const string PublisherPolicy = "TenantPublisher";

    /// <summary>Admins: site settings and people.</summary>
    public const string AdminPolicy = "TenantAdmin";

    public const string CookieName = ".media.editor";

    public static IServiceCollection AddEditorAdmin(this IServiceCollection services)
    {
        services.AddScoped<EditorCookieEvents>();
        services.AddScoped<AdminRequest>();
        services.AddAuthentication().AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.IsEssential = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // Relative to the tenant's PathBase: a prefix tenant sends people to /<prefix>/admin/login.
            cookie.LoginPath = "/admin/login";
            cookie.LogoutPath = "/admin/logout";
            cookie.AccessDeniedPath = "/admin/login";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.EventsType = typeof(EditorCookieEvents);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(WriterPolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireRole(ContentActor.Admin, ContentActor.Editor, ContentActor.Author, ContentActor.GuestExpert))
            .AddPolicy(PublisherPolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireRole(ContentActor.Admin, ContentActor.Editor))
            .AddPolicy(AdminPolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireRole(ContentActor.Admin));
        return services;
    }

    /// <summary>
    /// For a tenant branch, between routing and endpoints: requests under <c>/admin</c> are
    /// authenticated with the editor cookie (their headers are SurfaceHeaders'); the public site is
    /// left alone (no cookie decryption, no database lookup, still output-cached).
    /// </summary>
    public static IApplicationBuilder UseEditorAdmin(this IApplicationBuilder branch)
    {
        branch.UseWhen(IsAdminRequest, admin => admin.UseMiddleware<AdminRequestMiddleware>());
        branch.UseAuthorization();
        return branch;
    }

    /// <summary>The admin's groups by role, each module mapping its pages into the group its role needs.</summary>
    internal static IEndpointRouteBuilder MapEditorAdmin(this IEndpointRouteBuilder endpoints, IEnumerable<IMediaModule> modules)
    {
        var admin = endpoints.MapGroup("/admin").AddEndpointFilter<AdminFilter>();
        var routes = new AdminRoutes(
            Anonymous: admin,
            Writers: admin.MapGroup(string.Empty).RequireAuthorization(WriterPolicy),
            Publishers: admin.MapGroup(string.Empty).RequireAuthorization(PublisherPolicy),
            Admins: admin.MapGroup(string.Empty).RequireAuthorization(AdminPolicy));
        routes.Writers.MapGet("/", (AdminRequest r) => Results.Redirect($"{r.AdminBase}/articles"));
        foreach (var module in modules)
        {
            module.MapAdmin(routes);
        }

        return endpoints;
    }

    private static bool IsAdminRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase);
}
