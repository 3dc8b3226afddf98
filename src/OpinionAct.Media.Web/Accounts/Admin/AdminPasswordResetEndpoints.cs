using OpinionAct.Media.Audit;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace OpinionAct.Media.Web.Accounts.Admin;

/// <summary>
/// "Forgot your password?" for a hub's editors: the request always gets the same answer and only queues
/// work (the worker mails a link if the address has an account); the link's page sets a new password.
/// Both steps are throttled like sign-in.
/// </summary>
internal static class AdminPasswordResetEndpoints
{
    public static RouteGroupBuilder MapAdminPasswordReset(this RouteGroupBuilder admin)
    {
        admin.MapGet("/forgot", () => AdminView.Page<ForgotPasswordPage>());
        admin.MapPost("/forgot", ForgotAsync);
        admin.MapGet("/reset", (string? email, string? token) => AdminView.Page<ResetPasswordPage>(new { Email = email, Token = token }));
        admin.MapPost("/reset", ResetAsync);
        return admin;
    }

    private static async Task<IResult> ForgotAsync(HttpContext http, AdminRequest r, PasswordResetOutbox outbox, SignInThrottle throttle, TrustedProxies proxies, TenantContext tenant, PublicOrigins origins, AuditTrail audit)
    {
        var form = await AdminForm.ReadAsync(http);
        var email = form.Text("email");
        var surface = "reset:" + tenant.Tenant.Name;
        var address = proxies.ClientAddress(http);
        if (await throttle.RetryAfterAsync(surface, address, email) is { } wait)
        {
            http.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(wait);
            return AdminView.Page<ForgotPasswordPage>(new { Error = r.T("login.throttled") }, StatusCodes.Status429TooManyRequests);
        }

        // Every request counts, so nobody can flood an inbox; the same work is done whether or not the account exists.
        await throttle.RecordFailureAsync(surface, address, email);
        if (OpinionAct.Media.Accounts.EmailAddress.IsValid(email))
        {
            outbox.Enqueue(new PasswordResetJob(Agency: false, tenant.Tenant.Name, email, origins.BaseUrl(tenant.Tenant, http.Request)));
        }

        await audit.RecordAsync(AuditActions.PasswordResetRequested, actor: AdminAccountEndpoints.TypedAccount(email), cancellationToken: http.RequestAborted);
        return AdminView.Page<ForgotPasswordPage>(new { Sent = true });
    }

    private static async Task<IResult> ResetAsync(HttpContext http, AdminRequest r, UserManager<TenantUser> users, SignInThrottle throttle, TrustedProxies proxies, TenantContext tenant, AuditTrail audit)
    {
        var form = await AdminForm.ReadAsync(http);
        var email = form.Text("email");
        var token = form.Text("token");
        var password = form.Raw("Password");
        var surface = "reset:" + tenant.Tenant.Name;
        var address = proxies.ClientAddress(http);
        if (await throttle.RetryAfterAsync(surface, address, email) is { } wait)
        {
            http.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(wait);
            return AdminView.Page<ResetPasswordPage>(new { Email = email, Token = token, Error = r.T("login.throttled") }, StatusCodes.Status429TooManyRequests);
        }

        var errors = new FieldErrors();
        if (!string.Equals(password, form.Raw("Confirm"), StringComparison.Ordinal))
        {
            errors.Add("Confirm", r.T("error.confirm"));
            return AdminView.Page<ResetPasswordPage>(new { Email = email, Token = token, Errors = errors.ToDictionary() }, StatusCodes.Status422UnprocessableEntity);
        }

        var (outcome, passwordErrors) = await PasswordResets.ResetAsync(users, email, token, password);
        switch (outcome)
        {
            case PasswordResets.Outcome.Done:
                await audit.RecordAsync(AuditActions.PasswordReset, actor: AuditActor.User(email), cancellationToken: http.RequestAborted);
                return AdminLayout.Redirect(r, "/login?done=reset");
            case PasswordResets.Outcome.BadLink:
                await throttle.RecordFailureAsync(surface, address, email);
                return AdminView.Page<OpinionAct.Media.Web.Admin.Components.ErrorPage>(new { TitleKey = "reset.bad.title", TextKey = "reset.bad.text" }, StatusCodes.Status400BadRequest);
            default:
                foreach (var error in passwordErrors)
                {
                    errors.Add("Password", error);
                }

                return AdminView.Page<ResetPasswordPage>(new { Email = email, Token = token, Errors = errors.ToDictionary() }, StatusCodes.Status422UnprocessableEntity);
        }
    }
}
