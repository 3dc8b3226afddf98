using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpinionAct.Media.Accounts;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.Localization;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Accounts.Console;

/// <summary>
/// The console's page of one hub's people (<c>/admin/tenants/{name}/people</c>): its accounts with their role and
/// state, its pending invitations, and what agency staff do for a brand without signing in to its admin: invite
/// someone, change an account's role, disable or enable an account. Each change runs in the hub's own scope through
/// the services its People page uses, is recorded in the hub's audit log as agency support, and keeps the hub with
/// at least one Admin who can sign in.
/// </summary>
internal static class ConsoleHubPeopleEndpoints
{
    public static void MapConsoleHubPeople(this ConsoleRoutes console)
    {
        console.Staff.MapGet("/tenants/{name}/people", (string name, HttpContext http, TenantRegistry registry, string? message, CancellationToken ct) =>
            WithHubAsync(name, http, registry, (scope, text) => PageAsync(http, scope, message, error: null, StatusCodes.Status200OK, ct)));
        console.Staff.MapPost("/tenants/{name}/people/invite", (string name, HttpContext http, TenantRegistry registry, [FromForm] string? email, [FromForm] string? role, CancellationToken ct) =>
            WithHubAsync(name, http, registry, (scope, text) => InviteAsync(http, scope, text, email?.Trim() ?? string.Empty, role ?? string.Empty, ct)));
        console.Staff.MapPost("/tenants/{name}/people/{id}/role", (string name, string id, HttpContext http, TenantRegistry registry, [FromForm] string? role, CancellationToken ct) =>
            WithHubAsync(name, http, registry, (scope, text) => SetRoleAsync(http, scope, text, id, role ?? string.Empty, ct)));
        console.Staff.MapPost("/tenants/{name}/people/{id}/disable", (string name, string id, HttpContext http, TenantRegistry registry, CancellationToken ct) =>
            WithHubAsync(name, http, registry, (scope, text) => SetDisabledAsync(http, scope, text, id, disable: true, ct)));
        console.Staff.MapPost("/tenants/{name}/people/{id}/enable", (string name, string id, HttpContext http, TenantRegistry registry, CancellationToken ct) =>
            WithHubAsync(name, http, registry, (scope, text) => SetDisabledAsync(http, scope, text, id, disable: false, ct)));
    }

    /// <summary>Runs <paramref name="action"/> in the hub's scope, its audit entries in the staff member's name as agency support.</summary>
    private static async Task<IResult> WithHubAsync(string name, HttpContext http, TenantRegistry registry, Func<HubScope, UiText, Task<IResult>> action)
    {
        var text = ConsoleLanguage.Text(http);
        if (AgencyTenantActions.Find(registry, name) is not { State: not TenantState.Uninitialized } tenant)
        {
            return AgencyConsoleEndpoints.BackToList(http, error: text.Format("hub.unknown", name));
        }

        await using var scope = http.RequestServices.CreateTenantScope(tenant);
        var staff = http.User.Identity?.Name ?? "agency";
        scope.ServiceProvider.GetRequiredService<AuditTrail>().ActAs(AuditActor.Support(staff));
        return await action(new HubScope(tenant, scope.ServiceProvider, staff), text);
    }

    private static async Task<IResult> InviteAsync(HttpContext http, HubScope hub, UiText text, string email, string role, CancellationToken ct)
    {
        if (!EmailAddress.IsValid(email))
        {
            return await PageAsync(http, hub, null, text.Format("people.bad_email", email), StatusCodes.Status422UnprocessableEntity, ct, email);
        }

        if (!InvitationService.Roles.Contains(role, StringComparer.Ordinal))
        {
            return await PageAsync(http, hub, null, text["people.bad_role"], StatusCodes.Status422UnprocessableEntity, ct, email);
        }

        if (await hub.People.EmailTakenAsync(email))
        {
            return await PageAsync(http, hub, null, text.Format("people.taken", email), StatusCodes.Status409Conflict, ct, email);
        }

        try
        {
            await hub.Services.GetRequiredService<InvitationService>().InviteAsync(email, role, hub.Staff, ct);
            return Done(http, hub, text.Format("people.invited", email));
        }
        catch (MailDeliveryException ex)
        {
            // The invitation is stored (listed as pending); only the email failed, and inviting again sends a new link.
            return await PageAsync(http, hub, null, text.Format("people.not_sent", email, ex.Message.TrimEnd('.')), StatusCodes.Status502BadGateway, ct);
        }
    }

    private static async Task<IResult> SetRoleAsync(HttpContext http, HubScope hub, UiText text, string id, string role, CancellationToken ct)
    {
        if (await hub.People.FindAsync(id) is not { } user)
        {
            return await PageAsync(http, hub, null, text["people.unknown"], StatusCodes.Status404NotFound, ct);
        }

        if (!(await hub.People.RoleNamesAsync(ct)).Contains(role, StringComparer.Ordinal) || !EditorSignIn.IsEditorRole(role))
        {
            return await PageAsync(http, hub, null, text["people.bad_role"], StatusCodes.Status422UnprocessableEntity, ct);
        }

        if (role != ContentActor.Admin && await hub.People.IsActiveAdminAsync(user) && await hub.People.IsLastAdminAsync())
        {
            return await PageAsync(http, hub, null, text.Format("people.last_admin", user.Email), StatusCodes.Status409Conflict, ct);
        }

        return await Outcome(http, hub, text, await hub.People.SetRoleAsync(user, role), text.Format("people.role_set", user.Email, text[$"role.{role}"]), ct);
    }

    private static async Task<IResult> SetDisabledAsync(HttpContext http, HubScope hub, UiText text, string id, bool disable, CancellationToken ct)
    {
        if (await hub.People.FindAsync(id) is not { } user)
        {
            return await PageAsync(http, hub, null, text["people.unknown"], StatusCodes.Status404NotFound, ct);
        }

        if (disable && await hub.People.IsActiveAdminAsync(user) && await hub.People.IsLastAdminAsync())
        {
            return await PageAsync(http, hub, null, text.Format("people.last_admin", user.Email), StatusCodes.Status409Conflict, ct);
        }

        var result = disable ? await hub.People.DisableAsync(user, ct) : await hub.People.EnableAsync(user, ct);
        return await Outcome(http, hub, text, result, text.Format(disable ? "people.now_disabled" : "people.now_enabled", user.Email), ct);
    }

    private static async Task<IResult> Outcome(HttpContext http, HubScope hub, UiText text, IdentityResult result, string done, CancellationToken ct) =>
        result.Succeeded
            ? Done(http, hub, done)
            : await PageAsync(http, hub, null, string.Join(" ", result.Errors.Select(e => e.Description)), StatusCodes.Status409Conflict, ct);

    // Post/redirect/get: the outcome travels in the query string and is encoded when shown.
    private static IResult Done(HttpContext http, HubScope hub, string message) =>
        Results.Redirect($"{http.Request.PathBase}/admin/tenants/{Uri.EscapeDataString(hub.Tenant.Name)}/people?message={Uri.EscapeDataString(message)}");

    private static async Task<IResult> PageAsync(HttpContext http, HubScope hub, string? message, string? error, int status, CancellationToken ct, string? inviteEmail = null) =>
        ConsoleView.Page<HubPeoplePage>(
            new
            {
                hub.Tenant,
                People = await hub.People.ListAsync(ct),
                Invitations = await hub.Services.GetRequiredService<InvitationService>().PendingAsync(ct),
                Roles = (await hub.People.RoleNamesAsync(ct)).Where(EditorSignIn.IsEditorRole).ToList(),
                InviteEmail = inviteEmail ?? string.Empty,
                Now = hub.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                Message = message,
                Error = error,
            },
            status);

    /// <summary>One hub's scope as the console works in it.</summary>
    private sealed record HubScope(TenantDescriptor Tenant, IServiceProvider Services, string Staff)
    {
        public PeopleService People => Services.GetRequiredService<PeopleService>();
    }
}
