using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpinionAct.Media.Accounts;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Localization;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Accounts.Console;

/// <summary>
/// Agency staff accounts on the console: "Forgot your password?" (the same answer whether or not the address
/// has an account; the worker mails the link) and the reset page, both throttled like sign-in.
/// </summary>
internal static class ConsoleAccountEndpoints
{
    private const string ThrottleSurface = "agency-reset";

    public static void MapConsoleAccounts(this ConsoleRoutes console)
    {
        console.Root.MapGet("/admin/forgot", () => ConsoleView.Page<ConsoleForgotPasswordPage>());
        console.Root.MapPost("/admin/forgot", ForgotAsync).AddEndpointFilter<AgencyAntiforgeryFilter>();
        console.Root.MapGet("/admin/reset", (string? email, string? token) => ConsoleView.Page<ConsoleResetPasswordPage>(new { Email = email, Token = token }));
        console.Root.MapPost("/admin/reset", ResetAsync).AddEndpointFilter<AgencyAntiforgeryFilter>();
    }

    private static async Task<IResult> ForgotAsync(HttpContext http, PasswordResetOutbox outbox, SignInThrottle throttle, TrustedProxies proxies, TenantContext tenant, PublicOrigins origins, [FromForm] string? email)
    {
        email = email?.Trim() ?? string.Empty;
        var address = proxies.ClientAddress(http);
        if (await throttle.RetryAfterAsync(ThrottleSurface, address, email) is { } wait)
        {
            http.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(wait);
            return ConsoleView.Page<ConsoleForgotPasswordPage>(new { Error = ConsoleLanguage.Text(http)["forgot.throttled"] }, StatusCodes.Status429TooManyRequests);
        }

        await throttle.RecordFailureAsync(ThrottleSurface, address, email);
        if (EmailAddress.IsValid(email))
        {
            outbox.Enqueue(new PasswordResetJob(Agency: true, tenant.Tenant.Name, email, origins.BaseUrl(tenant.Tenant, http.Request)));
        }

        return ConsoleView.Page<ConsoleForgotPasswordPage>(new { Sent = true });
    }

    private static async Task<IResult> ResetAsync(
        HttpContext http,
        UserManager<AgencyUser> users,
        SignInThrottle throttle,
        TrustedProxies proxies,
        [FromForm] string? email,
        [FromForm] string? token,
        [FromForm] string? password,
        [FromForm] string? confirm)
    {
        email = email?.Trim() ?? string.Empty;
        var address = proxies.ClientAddress(http);
        if (await throttle.RetryAfterAsync(ThrottleSurface, address, email) is { } wait)
        {
            http.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(wait);
            return ConsoleView.Page<ConsoleResetPasswordPage>(new { Email = email, Token = token, Error = ConsoleLanguage.Text(http)["reset.throttled"] }, StatusCodes.Status429TooManyRequests);
        }

        if (!string.Equals(password, confirm, StringComparison.Ordinal))
        {
            return ConsoleView.Page<ConsoleResetPasswordPage>(new { Email = email, Token = token, Error = ConsoleLanguage.Text(http)["reset.differ"] }, StatusCodes.Status422UnprocessableEntity);
        }

        var (outcome, errors) = await PasswordResets.ResetAsync(users, email, token, password);
        switch (outcome)
        {
            case PasswordResets.Outcome.Done:
                return Results.Redirect($"{http.Request.PathBase}/admin/login?done=reset");
            case PasswordResets.Outcome.BadLink:
                await throttle.RecordFailureAsync(ThrottleSurface, address, email);
                return ConsoleView.Page<ConsoleResetPasswordPage>(new { Email = email, BadLink = true }, StatusCodes.Status400BadRequest);
            default:
                var language = ConsoleLanguage.Of(http);
                return ConsoleView.Page<ConsoleResetPasswordPage>(new { Email = email, Token = token, Error = string.Join(" ", errors.Select(e => ValidationText.Localize(e, language))) }, StatusCodes.Status422UnprocessableEntity);
        }
    }
}
