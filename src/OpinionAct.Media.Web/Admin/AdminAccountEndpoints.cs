using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;
using static OpinionAct.Media.Web.Html.HtmlPage;

namespace OpinionAct.Media.Web.Admin;

/// <summary>Sign-in and sign-out of a tenant's editors, with the tenant's own accounts.</summary>
internal static class AdminAccountEndpoints
{
    // Unknown emails are checked against this hash too, so a wrong email takes as long as a wrong password.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<TenantUser>().HashPassword(new TenantUser(), Guid.NewGuid().ToString()));

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

    private static async Task<IResult> LoginAsync(HttpContext http, AdminRequest r, UserManager<TenantUser> users, TenantContext tenant, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(EditorAdmin));
        var tenantName = tenant.Tenant.Name;
        var form = await AdminForm.ReadAsync(http);
        var email = form.Text("email");
        var password = form.Raw("password");
        var returnUrl = form.Text("returnUrl");
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new TenantUser(), DummyHash.Value, password);
            logger.EditorSignInRefused(tenantName, "unknown account");
            return LoginPage(r, email, r.T("login.failed"), returnUrl, StatusCodes.Status401Unauthorized);
        }

        if (await users.IsLockedOutAsync(user))
        {
            logger.EditorSignInRefused(tenantName, $"account {user.Id} is locked out");
            return LoginPage(r, email, r.T("login.failed"), returnUrl, StatusCodes.Status401Unauthorized);
        }

        if (password.Length == 0 || !await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            logger.EditorSignInRefused(tenantName, $"wrong password for account {user.Id}");
            return LoginPage(r, email, r.T("login.failed"), returnUrl, StatusCodes.Status401Unauthorized);
        }

        var roles = await users.GetRolesAsync(user);
        if (!roles.Any(role => role is ContentActor.Admin or ContentActor.Editor or ContentActor.Author))
        {
            logger.EditorSignInRefused(tenantName, $"account {user.Id} has no editor role");
            return LoginPage(r, email, r.T("login.norole"), returnUrl, StatusCodes.Status403Forbidden);
        }

        await users.ResetAccessFailedCountAsync(user);
        await http.SignInAsync(EditorAdmin.Scheme, EditorPrincipal.Create(user, roles, tenantName, users.Options));
        logger.EditorSignedIn(tenantName, user.Id);
        return Results.Redirect(SafeReturnUrl(r, returnUrl));
    }

    /// <summary>Only a path inside this tenant's admin; anything else (other sites, other tenants, "//host") goes to the article list.</summary>
    internal static string SafeReturnUrl(AdminRequest r, string? returnUrl)
    {
        var fallback = r.AdminBase + "/articles";
        if (string.IsNullOrEmpty(returnUrl)
            || returnUrl.Contains('\\', StringComparison.Ordinal)
            || returnUrl.StartsWith("//", StringComparison.Ordinal)
            || returnUrl.Any(char.IsControl)
            || !Uri.TryCreate(returnUrl, UriKind.Relative, out _))
        {
            return fallback;
        }

        var path = returnUrl.Split('?', '#')[0];
        var inAdmin = path.Equals(r.AdminBase, StringComparison.Ordinal) || path.StartsWith(r.AdminBase + "/", StringComparison.Ordinal);
        return inAdmin && !path.StartsWith(r.AdminBase + "/login", StringComparison.Ordinal) && !path.Contains("..", StringComparison.Ordinal)
            ? returnUrl
            : fallback;
    }
}
