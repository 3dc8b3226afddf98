using System.Security.Claims;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Audit;

namespace OpinionAct.Media.Web.Accounts.Admin;

/// <summary>
/// "My account" for every editor: turning the second factor on (key, then a first code; recovery codes shown
/// once) and off (with a code), the list of signed-in sessions, signing one out, or all of them.
/// </summary>
internal static class AdminAccountSecurityEndpoints
{
    public static RouteGroupBuilder MapAdminAccountSecurity(this RouteGroupBuilder admin)
    {
        admin.MapGet("/account", (HttpContext http, AdminRequest r, EditorSignIn editors, TwoFactor<TenantUser> twoFactor, string? done, CancellationToken ct) =>
            PageAsync(http, r, editors, twoFactor, done is "revoked" or "disabled" ? r.T($"account.done.{done}") : null, null, null, null, StatusCodes.Status200OK, ct));
        admin.MapPost("/account/2fa/start", StartAsync);
        admin.MapPost("/account/2fa/confirm", ConfirmAsync);
        admin.MapPost("/account/2fa/disable", DisableAsync);
        admin.MapPost("/account/sessions/{id}/revoke", RevokeAsync);
        admin.MapPost("/account/sessions/revoke-all", RevokeAllAsync);
        return admin;
    }

    private static async Task<IResult> PageAsync(
        HttpContext http, AdminRequest r, EditorSignIn editors, TwoFactor<TenantUser> twoFactor, string? message, string? error, string? enrolKey, IReadOnlyList<string>? codes, int status, CancellationToken ct)
    {
        var user = await editors.CurrentAsync(http) ?? throw new InvalidOperationException("A signed-in editor has an account.");
        return AdminView.Page<AccountPage>(
            new
            {
                TwoFactorEnabled = user.TwoFactorEnabled,
                CodesLeft = user.TwoFactorEnabled ? await twoFactor.RecoveryCodesLeftAsync(user) : 0,
                Sessions = await editors.SessionsAsync(user.Id, ct),
                CurrentSession = http.User.FindFirstValue(EditorPrincipal.SessionClaim),
                EnrolKey = enrolKey,
                EnrolUri = enrolKey is null ? null : Totp.Uri(r.SiteName, user.Email ?? user.Id, enrolKey),
                RecoveryCodes = codes ?? [],
                Message = message,
                Error = error,
            },
            status);
    }

    private static async Task<IResult> StartAsync(HttpContext http, AdminRequest r, EditorSignIn editors, TwoFactor<TenantUser> twoFactor, CancellationToken ct)
    {
        var user = (await editors.CurrentAsync(http))!;
        if (user.TwoFactorEnabled)
        {
            return AdminLayout.Redirect(r, "/account");
        }

        var key = await twoFactor.NewKeyAsync(user);
        return await PageAsync(http, r, editors, twoFactor, null, null, key, null, StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> ConfirmAsync(HttpContext http, AdminRequest r, EditorSignIn editors, TwoFactor<TenantUser> twoFactor, AuditTrail audit, CancellationToken ct)
    {
        var user = (await editors.CurrentAsync(http))!;
        var form = await AdminForm.ReadAsync(http);
        if (user.TwoFactorEnabled)
        {
            return AdminLayout.Redirect(r, "/account");
        }

        if (!await twoFactor.VerifyCodeAsync(user, form.Text("code")))
        {
            return await PageAsync(http, r, editors, twoFactor, null, r.T("twofactor.failed"), await twoFactor.KeyAsync(user), null, StatusCodes.Status422UnprocessableEntity, ct);
        }

        var codes = await twoFactor.EnableAsync(user);
        await audit.RecordAsync(AuditActions.TwoFactorEnabled, user.Email ?? user.Id, cancellationToken: ct);
        return await PageAsync(http, r, editors, twoFactor, null, null, null, codes, StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> DisableAsync(HttpContext http, AdminRequest r, EditorSignIn editors, TwoFactor<TenantUser> twoFactor, AuditTrail audit, CancellationToken ct)
    {
        var user = (await editors.CurrentAsync(http))!;
        var form = await AdminForm.ReadAsync(http);
        var code = form.Text("code");
        if (!user.TwoFactorEnabled)
        {
            return AdminLayout.Redirect(r, "/account");
        }

        if (!await twoFactor.VerifyCodeAsync(user, code) && !await twoFactor.RedeemRecoveryCodeAsync(user, code))
        {
            await audit.RecordAsync(AuditActions.TwoFactorFailed, user.Email ?? user.Id, "wrong code to turn the second factor off", cancellationToken: ct);
            return await PageAsync(http, r, editors, twoFactor, null, r.T("twofactor.failed"), null, null, StatusCodes.Status422UnprocessableEntity, ct);
        }

        await twoFactor.DisableAsync(user);
        await audit.RecordAsync(AuditActions.TwoFactorDisabled, user.Email ?? user.Id, cancellationToken: ct);
        return AdminLayout.Redirect(r, "/account?done=disabled");
    }

    private static async Task<IResult> RevokeAsync(string id, HttpContext http, AdminRequest r, EditorSignIn editors, AuditTrail audit, CancellationToken ct)
    {
        var user = (await editors.CurrentAsync(http))!;
        if (!await editors.RevokeAsync(user.Id, id, ct))
        {
            return AdminLayout.NotFound(r);
        }

        await audit.RecordAsync(AuditActions.SessionRevoked, user.Email ?? user.Id, "one session", cancellationToken: ct);
        if (id == http.User.FindFirstValue(EditorPrincipal.SessionClaim))
        {
            await editors.SignOutAsync(http);
            return AdminLayout.Redirect(r, "/login");
        }

        return AdminLayout.Redirect(r, "/account?done=revoked");
    }

    private static async Task<IResult> RevokeAllAsync(HttpContext http, AdminRequest r, EditorSignIn editors, AuditTrail audit, CancellationToken ct)
    {
        var user = (await editors.CurrentAsync(http))!;
        var count = await editors.RevokeAllAsync(user.Id, ct);
        await audit.RecordAsync(AuditActions.SessionRevoked, user.Email ?? user.Id, $"all sessions ({count})", cancellationToken: ct);
        await editors.SignOutAsync(http);
        return AdminLayout.Redirect(r, "/login");
    }
}
