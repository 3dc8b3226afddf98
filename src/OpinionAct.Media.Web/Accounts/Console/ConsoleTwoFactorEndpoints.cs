using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Accounts.Console;

/// <summary>
/// Two-step sign-in for agency staff: the code after the password (or a recovery code), replay refused,
/// throttled; and "My account" (<c>/admin/account</c>) to choose the console's language, and to turn it on (key, otpauth URI, a first code, recovery
/// codes shown once) and off (with a code).
/// </summary>
internal static class ConsoleTwoFactorEndpoints
{
    private const string ThrottleSurface = "agency-2fa";

    public static void MapConsoleTwoFactor(this ConsoleRoutes console)
    {
        console.Root.MapGet("/admin/login/2fa", async (HttpContext http, UserManager<AgencyUser> users) =>
            await AgencyTwoFactorStep.CurrentAsync(http, users) is null
                ? Results.Redirect($"{http.Request.PathBase}/admin/login")
                : ConsoleView.Page<ConsoleTwoFactorPage>());
        console.Root.MapPost("/admin/login/2fa", VerifyAsync).AddEndpointFilter<AgencyAntiforgeryFilter>();
        console.Staff.MapGet("/account", async (HttpContext http, UserManager<AgencyUser> users, TwoFactor<AgencyUser> twoFactor) =>
            await AccountPageAsync(http, users, twoFactor, null, null, null, StatusCodes.Status200OK));
        console.Staff.MapPost("/account/2fa/start", async (HttpContext http, UserManager<AgencyUser> users, TwoFactor<AgencyUser> twoFactor) =>
        {
            var user = (await users.GetUserAsync(http.User))!;
            return user.TwoFactorEnabled
                ? Results.Redirect($"{http.Request.PathBase}/admin/account")
                : await AccountPageAsync(http, users, twoFactor, await twoFactor.NewKeyAsync(user), null, null, StatusCodes.Status200OK);
        });
        console.Staff.MapPost("/account/2fa/confirm", async (HttpContext http, UserManager<AgencyUser> users, TwoFactor<AgencyUser> twoFactor, [FromForm] string? code) =>
        {
            var user = (await users.GetUserAsync(http.User))!;
            if (user.TwoFactorEnabled)
            {
                return Results.Redirect($"{http.Request.PathBase}/admin/account");
            }

            return await twoFactor.VerifyCodeAsync(user, code)
                ? await AccountPageAsync(http, users, twoFactor, null, await twoFactor.EnableAsync(user), null, StatusCodes.Status200OK)
                : await AccountPageAsync(http, users, twoFactor, await twoFactor.KeyAsync(user), null, ConsoleLanguage.Text(http)["twofactor.failed"], StatusCodes.Status422UnprocessableEntity);
        });
        console.Staff.MapPost("/account/language", async (HttpContext http, UserManager<AgencyUser> users, AgencySignIn staff, [FromForm] string? language) =>
        {
            // Anything but "fr" or "en" means "follow my browser"; the cookie is issued again so the next page speaks it.
            var user = (await users.GetUserAsync(http.User))!;
            user.Language = ConsoleLanguage.Normalize(language);
            await users.UpdateAsync(user);
            await staff.RefreshAsync(http, user);
            return Results.Redirect($"{http.Request.PathBase}/admin/account");
        });
        console.Staff.MapPost("/account/sessions/revoke-all", async (HttpContext http, UserManager<AgencyUser> users, OpinionAct.Media.Data.Accounts.AgencySessionStore sessions) =>
        {
            var user = (await users.GetUserAsync(http.User))!;
            await sessions.RemoveAllAsync(user.Id, CancellationToken.None);
            await http.SignOutAsync(AgencyConsoleEndpoints.Scheme);
            return Results.Redirect($"{http.Request.PathBase}/admin/login");
        });
        console.Staff.MapPost("/account/2fa/disable", async (HttpContext http, UserManager<AgencyUser> users, TwoFactor<AgencyUser> twoFactor, [FromForm] string? code) =>
        {
            var user = (await users.GetUserAsync(http.User))!;
            if (user.TwoFactorEnabled && !await twoFactor.VerifyCodeAsync(user, code) && !await twoFactor.RedeemRecoveryCodeAsync(user, code))
            {
                return await AccountPageAsync(http, users, twoFactor, null, null, ConsoleLanguage.Text(http)["twofactor.failed"], StatusCodes.Status422UnprocessableEntity);
            }

            await twoFactor.DisableAsync(user);
            return Results.Redirect($"{http.Request.PathBase}/admin/account");
        });
    }

    private static async Task<IResult> VerifyAsync(
        HttpContext http,
        UserManager<AgencyUser> users,
        TwoFactor<AgencyUser> twoFactor,
        AgencySignIn staff,
        SignInThrottle throttle,
        TrustedProxies proxies,
        [FromForm] string? code,
        [FromForm] string? recovery)
    {
        if (await AgencyTwoFactorStep.CurrentAsync(http, users) is not var (user, returnUrl))
        {
            return Results.Redirect($"{http.Request.PathBase}/admin/login");
        }

        var address = proxies.ClientAddress(http);
        if (await throttle.RetryAfterAsync(ThrottleSurface, address, user.Id) is { } wait)
        {
            http.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(wait);
            return ConsoleView.Page<ConsoleTwoFactorPage>(new { Error = ConsoleLanguage.Text(http)["twofactor.throttled"] }, StatusCodes.Status429TooManyRequests);
        }

        var ok = string.IsNullOrWhiteSpace(code) && !string.IsNullOrWhiteSpace(recovery)
            ? await twoFactor.RedeemRecoveryCodeAsync(user, recovery)
            : await twoFactor.VerifyCodeAsync(user, code);
        if (!ok)
        {
            await throttle.RecordFailureAsync(ThrottleSurface, address, user.Id);
            return ConsoleView.Page<ConsoleTwoFactorPage>(new { Error = ConsoleLanguage.Text(http)["twofactor.failed"] }, StatusCodes.Status401Unauthorized);
        }

        await throttle.RecordSuccessAsync(ThrottleSurface, address, user.Id);
        await AgencyTwoFactorStep.EndAsync(http);
        await staff.SignInAsync(http, user);
        var console = $"{http.Request.PathBase}/admin";
        return Results.Redirect(ReturnUrls.Within(returnUrl, console, console));
    }

    private static async Task<IResult> AccountPageAsync(HttpContext http, UserManager<AgencyUser> users, TwoFactor<AgencyUser> twoFactor, string? enrolKey, IReadOnlyList<string>? codes, string? error, int status)
    {
        var user = (await users.GetUserAsync(http.User))!;
        return ConsoleView.Page<ConsoleAccountPage>(
            new
            {
                Language = ConsoleLanguage.Normalize(user.Language),
                user.TwoFactorEnabled,
                Sessions = (await http.RequestServices.GetRequiredService<OpinionAct.Media.Data.Accounts.AgencySessionStore>().ForUserAsync(user.Id, http.RequestAborted)).Count,
                CodesLeft = user.TwoFactorEnabled ? await twoFactor.RecoveryCodesLeftAsync(user) : 0,
                EnrolKey = enrolKey,
                EnrolUri = enrolKey is null ? null : Totp.Uri("Agency console", user.Email ?? user.Id, enrolKey),
                RecoveryCodes = codes ?? [],
                Error = error,
            },
            status);
    }
}
