using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Accounts.Admin;

/// <summary>Sign-in and sign-out of a tenant's editors, with the tenant's own accounts.</summary>
internal static class AdminAccountEndpoints
{
    public static RouteGroupBuilder MapAdminAccount(this RouteGroupBuilder admin)
    {
        admin.MapGet("/login", (AdminRequest r, string? returnUrl) =>
            r.Actor is null ? LoginPage(r, email: null, error: null, returnUrl) : Results.Redirect(SafeReturnUrl(r, returnUrl)));
        admin.MapPost("/login", LoginAsync);
        admin.MapPost("/logout", async (HttpContext http, AdminRequest r) =>
        {
            await http.SignOutAsync(EditorAdmin.Scheme);
            return AdminLayout.Redirect(r, "/login");
        });
        return admin;
    }

    private static IResult LoginPage(AdminRequest r, string? email, string? error, string? returnUrl, int status = StatusCodes.Status200OK)
    {
        var t = r.Text;
        var body = $"""
            <h1>{E(t["login.title"])}</h1>
            {AdminHtml.Alert(error)}
            <form method="post" action="{E(r.AdminBase)}/login">
              {r.TokenField()}
              <input type="hidden" name="returnUrl" value="{E(returnUrl)}">
              <label for="email">{E(t["field.Email"])}</label>
              <input id="email" name="email" type="email" autocomplete="username" value="{E(email)}" required>
              <label for="password">{E(t["login.password"])}</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required>
              <p><button type="submit">{E(t["login.submit"])}</button></p>
            </form>
            """;
        return AdminLayout.Page(r, t["login.title"], body, status);
    }

    private static async Task<IResult> LoginAsync(
        HttpContext http,
        AdminRequest r,
        UserManager<TenantUser> users,
        TenantContext tenant,
        SignInThrottle throttle,
        TrustedProxies proxies,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(EditorAdmin));
        var tenantName = tenant.Tenant.Name;
        var form = await AdminForm.ReadAsync(http);
        var email = form.Text("email");
        var returnUrl = form.Text("returnUrl");
        var surface = "editor:" + tenantName;
        var address = proxies.ClientAddress(http);
        if (throttle.RetryAfter(surface, address, email) is { } wait)
        {
            logger.EditorSignInRefused(tenantName, "too many failed attempts");
            http.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(wait);
            return LoginPage(r, email, r.T("login.throttled"), returnUrl, StatusCodes.Status429TooManyRequests);
        }

        var user = await PasswordSignIn.CheckAsync(users, email, form.Raw("password"));
        if (user is null)
        {
            throttle.RecordFailure(surface, address, email);
            logger.EditorSignInRefused(tenantName, "unknown account or wrong password");
            return LoginPage(r, email, r.T("login.failed"), returnUrl, StatusCodes.Status401Unauthorized);
        }

        var roles = await users.GetRolesAsync(user);
        if (!roles.Any(role => role is ContentActor.Admin or ContentActor.Editor or ContentActor.Author))
        {
            logger.EditorSignInRefused(tenantName, $"account {user.Id} has no editor role");
            return LoginPage(r, email, r.T("login.norole"), returnUrl, StatusCodes.Status403Forbidden);
        }

        throttle.RecordSuccess(surface, address, email);
        await http.SignInAsync(EditorAdmin.Scheme, EditorPrincipal.Create(user, roles, tenantName, users.Options));
        logger.EditorSignedIn(tenantName, user.Id);
        return Results.Redirect(SafeReturnUrl(r, returnUrl));
    }

    /// <summary>Only a path inside this tenant's admin; anything else (other sites, other tenants, "//host") goes to the article list.</summary>
    internal static string SafeReturnUrl(AdminRequest r, string? returnUrl) =>
        ReturnUrls.Within(returnUrl, r.AdminBase, r.AdminBase + "/articles");
}
