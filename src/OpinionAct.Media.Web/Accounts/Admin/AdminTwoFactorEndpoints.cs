using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Accounts.Admin;

/// <summary>
/// The second step of an editor's sign-in: a code from the authenticator app (or a recovery code); for an
/// account without a second factor on a hub that requires one, the enrolment (key, otpauth URI, a first code),
/// after which the recovery codes are shown once. Throttled per account like sign-in.
/// </summary>
internal static class AdminTwoFactorEndpoints
{
    public static RouteGroupBuilder MapAdminTwoFactor(this RouteGroupBuilder admin)
    {
        admin.MapGet("/login/2fa", PageAsync);
        admin.MapPost("/login/2fa", VerifyAsync);
        return admin;
    }

    private static async Task<IResult> PageAsync(HttpContext http, AdminRequest r, UserManager<TenantUser> users, TwoFactor<TenantUser> twoFactor, TenantContext tenant)
    {
        if (await EditorTwoFactorStep.CurrentAsync(http, users, tenant.Tenant.Name) is not var (user, _))
        {
            return AdminLayout.Redirect(r, "/login");
        }

        return await StepPageAsync(r, twoFactor, user, error: null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> VerifyAsync(
        HttpContext http,
        AdminRequest r,
        UserManager<TenantUser> users,
        TwoFactor<TenantUser> twoFactor,
        EditorSignIn editors,
        TenantContext tenant,
        SignInThrottle throttle,
        TrustedProxies proxies,
        AuditTrail audit)
    {
        var tenantName = tenant.Tenant.Name;
        if (await EditorTwoFactorStep.CurrentAsync(http, users, tenantName) is not var (user, returnUrl))
        {
            return AdminLayout.Redirect(r, "/login");
        }

        var form = await AdminForm.ReadAsync(http);
        var code = form.Text("code");
        var recovery = form.Text("recovery");
        var surface = "2fa:" + tenantName;
        var address = proxies.ClientAddress(http);
        var email = user.Email ?? user.Id;
        if (await throttle.RetryAfterAsync(surface, address, user.Id) is { } wait)
        {
            http.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(wait);
            return await StepPageAsync(r, twoFactor, user, r.T("login.throttled"), StatusCodes.Status429TooManyRequests);
        }

        var enrolling = !user.TwoFactorEnabled;
        var usedRecovery = !enrolling && code.Length == 0 && recovery.Length > 0;
        var ok = usedRecovery ? await twoFactor.RedeemRecoveryCodeAsync(user, recovery) : await twoFactor.VerifyCodeAsync(user, code);
        if (!ok)
        {
            await throttle.RecordFailureAsync(surface, address, user.Id);
            await audit.RecordAsync(AuditActions.TwoFactorFailed, detail: usedRecovery ? "wrong recovery code" : "wrong or reused code", actor: AuditActor.User(email), cancellationToken: http.RequestAborted);
            return await StepPageAsync(r, twoFactor, user, r.T("twofactor.failed"), StatusCodes.Status401Unauthorized);
        }

        await throttle.RecordSuccessAsync(surface, address, user.Id);
        IReadOnlyList<string>? codes = null;
        if (enrolling)
        {
            codes = await twoFactor.EnableAsync(user);
            await audit.RecordAsync(AuditActions.TwoFactorEnabled, email, "at sign-in, required by the agency", AuditActor.User(email), http.RequestAborted);
        }
        else if (usedRecovery)
        {
            await audit.RecordAsync(AuditActions.RecoveryCodeUsed, email, $"{await twoFactor.RecoveryCodesLeftAsync(user)} left", AuditActor.User(email), http.RequestAborted);
        }

        await EditorTwoFactorStep.EndAsync(http);
        await editors.SignInAsync(http, user, tenantName);
        await audit.RecordAsync(AuditActions.SignInSucceeded, detail: "with a second factor", actor: AuditActor.User(email), cancellationToken: http.RequestAborted);
        var next = AdminAccountEndpoints.SafeReturnUrl(r, returnUrl);
        return codes is null
            ? Results.Redirect(next)
            : AdminView.Page<TwoFactorPage>(new { Mode = TwoFactorPage.Codes, RecoveryCodes = codes, Next = next });
    }

    private static async Task<IResult> StepPageAsync(AdminRequest r, TwoFactor<TenantUser> twoFactor, TenantUser user, string? error, int status)
    {
        if (user.TwoFactorEnabled)
        {
            return AdminView.Page<TwoFactorPage>(new { Mode = TwoFactorPage.Code, Error = error }, status);
        }

        var key = await twoFactor.KeyAsync(user) ?? await twoFactor.NewKeyAsync(user);
        return AdminView.Page<TwoFactorPage>(new { Mode = TwoFactorPage.Enrol, Key = key, Uri = Totp.Uri(r.SiteName, user.Email ?? user.Id, key), Error = error }, status);
    }
}
