using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Accounts;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Accounts.Admin;

/// <summary>Sign-in and sign-out of a tenant's editors, with the tenant's own accounts.</summary>
internal static class AdminAccountEndpoints
{
    public static RouteGroupBuilder MapAdminAccount(this RouteGroupBuilder admin)
    {
        admin.MapGet("/login", (AdminRequest r, string? returnUrl, string? done) =>
            r.Actor is null
                ? AdminView.Page<SignInPage>(new { ReturnUrl = returnUrl, Message = done == "reset" ? r.T("reset.done") : null })
                : Results.Redirect(SafeReturnUrl(r, returnUrl)));
        admin.MapPost("/login", LoginAsync);
        admin.MapPost("/logout", async (HttpContext http, AdminRequest r, EditorSignIn editors) =>
        {
            await editors.SignOutAsync(http);
            return AdminLayout.Redirect(r, "/login");
        });
        return admin;
    }

    private static IResult LoginPage(string? email, string? error, string? returnUrl, int status = StatusCodes.Status200OK) =>
        AdminView.Page<SignInPage>(new { Email = email, Error = error, ReturnUrl = returnUrl }, status);

    private static async Task<IResult> LoginAsync(
        HttpContext http,
        AdminRequest r,
        EditorSignIn editors,
        TenantContext tenant,
        SignInThrottle throttle,
        TrustedProxies proxies,
        AuditTrail audit,
        UserManager<TenantUser> users,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(EditorAdmin));
        var tenantName = tenant.Tenant.Name;
        var form = await AdminForm.ReadAsync(http);
        var email = form.Text("email");
        var returnUrl = form.Text("returnUrl");
        var surface = "editor:" + tenantName;
        var address = proxies.ClientAddress(http);
        if (await throttle.RetryAfterAsync(surface, address, email) is { } wait)
        {
            logger.EditorSignInRefused(tenantName, "too many failed attempts");
            http.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(wait);
            return LoginPage(email, r.T("login.throttled"), returnUrl, StatusCodes.Status429TooManyRequests);
        }

        var result = await editors.CheckAsync(email, form.Raw("password"), tenantName);
        if (result.User is null)
        {
            await throttle.RecordFailureAsync(surface, address, email);
            logger.EditorSignInRefused(tenantName, "unknown account or wrong password");
            await audit.RecordAsync(AuditActions.SignInFailed, detail: "unknown account or wrong password", actor: TypedAccount(email), cancellationToken: http.RequestAborted);
            return LoginPage(email, r.T("login.failed"), returnUrl, StatusCodes.Status401Unauthorized);
        }

        if (result.Disabled)
        {
            logger.EditorSignInRefused(tenantName, $"account {result.UserId} is disabled");
            await audit.RecordAsync(AuditActions.SignInFailed, detail: "account disabled", actor: TypedAccount(email), cancellationToken: http.RequestAborted);
            return LoginPage(email, r.T("login.disabled"), returnUrl, StatusCodes.Status403Forbidden);
        }

        if (!result.HasRole)
        {
            logger.EditorSignInRefused(tenantName, $"account {result.UserId} has no editor role");
            return LoginPage(email, r.T("login.norole"), returnUrl, StatusCodes.Status403Forbidden);
        }

        await throttle.RecordSuccessAsync(surface, address, email);
        var user = result.User;
        if (user.TwoFactorEnabled || await editors.RequiresTwoFactorAsync(http.RequestAborted))
        {
            // The password was right; the cookie waits for the second factor (or its enrolment, when the agency requires it).
            await EditorTwoFactorStep.BeginAsync(http, user, tenantName, enrol: !user.TwoFactorEnabled, returnUrl, users.Options);
            return AdminLayout.Redirect(r, "/login/2fa");
        }

        await editors.SignInAsync(http, user, tenantName);
        logger.EditorSignedIn(tenantName, user.Id);
        await audit.RecordAsync(AuditActions.SignInSucceeded, actor: AuditActor.User(user.Email ?? email), cancellationToken: http.RequestAborted);
        return Results.Redirect(SafeReturnUrl(r, returnUrl));
    }

    /// <summary>
    /// The account a refused sign-in names in the audit log: the typed address only when it is one (people
    /// type their password in the email field by mistake, and the log must never hold a password).
    /// </summary>
    internal static AuditActor TypedAccount(string? email) =>
        AuditActor.User(EmailAddress.IsValid(email?.Trim()) ? email!.Trim() : "(not an email address)");

    /// <summary>Only a path inside this tenant's admin; anything else (other sites, other tenants, "//host") goes to the article list.</summary>
    internal static string SafeReturnUrl(AdminRequest r, string? returnUrl) =>
        ReturnUrls.Within(returnUrl, r.AdminBase, r.AdminBase + "/articles");
}
