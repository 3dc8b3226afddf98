using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Sessions of agency staff on the console, as for editors: a row per sign-in (host database), its id in the
/// cookie's <c>sid</c> claim, and a cookie whose row is gone refused at its next request.
/// </summary>
public static class AgencySessions
{
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(5);

    /// <summary>Adds a session row and returns the principal with its id.</summary>
    public static async Task<ClaimsPrincipal> StartAsync(HttpContext http, ClaimsPrincipal principal)
    {
        var services = http.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var agent = http.Request.Headers.UserAgent.ToString();
        var session = new UserSessionRecord
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            UserId = principal.FindFirstValue(ClaimTypes.NameIdentifier)!,
            CreatedUtc = now,
            LastSeenUtc = now,
            UserAgent = agent.Length <= UserSessionRecord.UserAgentLength ? agent : agent[..UserSessionRecord.UserAgentLength],
            Ip = services.GetRequiredService<TrustedProxies>().ClientAddress(http),
        };
        await services.GetRequiredService<AgencySessionStore>().AddAsync(session, http.RequestAborted);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(EditorPrincipal.SessionClaim, session.Id));
        return principal;
    }

    /// <summary>The console cookie's check on every request: its session must still be listed.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<AgencySessionStore>();
        var session = principal?.FindFirstValue(EditorPrincipal.SessionClaim) is { } id && principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            ? await sessions.FindAsync(id, userId, context.HttpContext.RequestAborted)
            : null;
        if (session is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (now - session.LastSeenUtc > LastSeenResolution)
        {
            await sessions.TouchAsync(session.Id, now, context.HttpContext.RequestAborted);
        }
    }
}
