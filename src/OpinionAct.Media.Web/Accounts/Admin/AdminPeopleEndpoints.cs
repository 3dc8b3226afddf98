using OpinionAct.Media.Accounts;
using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Accounts.Admin;

/// <summary>
/// People (Admins): the tenant's accounts with their roles, adding an account with a generated
/// password (shown once, on the response page, never in a URL or a log), adding and removing roles, disabling and
/// enabling an account (never the last Admin who can sign in).
/// </summary>
internal static class AdminPeopleEndpoints
{
    public static RouteGroupBuilder MapAdminPeople(this RouteGroupBuilder admin)
    {
        admin.MapGet("/people", (AdminRequest r, PeopleService people, InvitationService invitations, string? done, CancellationToken ct) =>
            PageAsync(people, invitations, string.Empty, ContentActor.Author, AdminFields.NoErrors, done is "role_added" or "role_removed" or "invited" or "disabled" or "enabled" ? r.T($"done.{done}") : null, null, StatusCodes.Status200OK, ct));
        admin.MapPost("/people", AddAsync);
        admin.MapPost("/people/{id}/roles/add", (string id, HttpContext http, AdminRequest r, PeopleService people, InvitationService invitations, CancellationToken ct) =>
            ChangeRoleAsync(id, add: true, http, r, people, invitations, ct));
        admin.MapPost("/people/{id}/roles/remove", (string id, HttpContext http, AdminRequest r, PeopleService people, InvitationService invitations, CancellationToken ct) =>
            ChangeRoleAsync(id, add: false, http, r, people, invitations, ct));
        admin.MapPost("/people/{id}/disable", (string id, AdminRequest r, PeopleService people, InvitationService invitations, CancellationToken ct) =>
            SetDisabledAsync(id, disable: true, r, people, invitations, ct));
        admin.MapPost("/people/{id}/enable", (string id, AdminRequest r, PeopleService people, InvitationService invitations, CancellationToken ct) =>
            SetDisabledAsync(id, disable: false, r, people, invitations, ct));
        return admin;
    }

    internal static async Task<IResult> PageAsync(
        PeopleService people, InvitationService invitations, string email, string role, IReadOnlyDictionary<string, string[]> errors, string? message, string? secret, int status, CancellationToken ct, string? inviteEmail = null) =>
        AdminView.Page<PeoplePage>(
            new
            {
                People = await people.ListAsync(ct),
                Invitations = await invitations.PendingAsync(ct),
                InviteEmail = inviteEmail ?? string.Empty,
                RoleNames = await people.RoleNamesAsync(ct),
                Email = email,
                Role = role,
                Errors = errors,
                Message = message,
                Secret = secret,
            },
            status);

    private static async Task<IResult> AddAsync(HttpContext http, AdminRequest r, PeopleService people, InvitationService invitations, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var email = form.Text("Email");
        var role = form.Text("Role");
        var errors = new FieldErrors();
        if (!EmailAddress.IsValid(email))
        {
            errors.Add("Email", r.T("error.email"));
        }
        else if (await people.EmailTakenAsync(email))
        {
            errors.Add("Email", r.T("error.email_taken"));
        }

        if (!(await people.RoleNamesAsync(ct)).Contains(role, StringComparer.Ordinal))
        {
            errors.Add("Role", r.T("error.role"));
        }

        if (!errors.Any)
        {
            var (result, password) = await people.CreateAsync(email, role);
            if (result.Succeeded)
            {
                // 200 with the password on this page (no redirect): a secret never travels in a URL.
                return await PageAsync(people, invitations, email, role, AdminFields.NoErrors, null, password, StatusCodes.Status200OK, ct);
            }

            errors.Add("Email", string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        return await PageAsync(people, invitations, email, role, errors.ToDictionary(), null, null, StatusCodes.Status422UnprocessableEntity, ct);
    }

    private static async Task<IResult> ChangeRoleAsync(string id, bool add, HttpContext http, AdminRequest r, PeopleService people, InvitationService invitations, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var role = form.Text("role");
        if (!await people.ExistsAsync(id) || !(await people.RoleNamesAsync(ct)).Contains(role, StringComparer.Ordinal))
        {
            return AdminLayout.NotFound(r);
        }

        if (!add && role == ContentActor.Admin && await people.IsLastAdminAsync())
        {
            return await PageWithErrorAsync(people, invitations, r.T("error.last_admin"), ct);
        }

        var result = await people.ChangeRoleAsync(id, role, add);
        return result.Succeeded
            ? AdminLayout.Redirect(r, $"/people?done={(add ? "role_added" : "role_removed")}")
            : await PageWithErrorAsync(people, invitations, string.Join(" ", result.Errors.Select(e => e.Description)), ct);
    }

    private static async Task<IResult> SetDisabledAsync(string id, bool disable, AdminRequest r, PeopleService people, InvitationService invitations, CancellationToken ct)
    {
        if (await people.FindAsync(id) is not { } user)
        {
            return AdminLayout.NotFound(r);
        }

        if (disable && await people.IsActiveAdminAsync(user) && await people.IsLastAdminAsync())
        {
            return await PageWithErrorAsync(people, invitations, r.T("error.last_admin_disable"), ct);
        }

        var result = disable ? await people.DisableAsync(user, ct) : await people.EnableAsync(user, ct);
        return result.Succeeded
            ? AdminLayout.Redirect(r, $"/people?done={(disable ? "disabled" : "enabled")}")
            : await PageWithErrorAsync(people, invitations, string.Join(" ", result.Errors.Select(e => e.Description)), ct);
    }

    private static Task<IResult> PageWithErrorAsync(PeopleService people, InvitationService invitations, string error, CancellationToken ct) =>
        PageAsync(people, invitations, string.Empty, ContentActor.Author, new Dictionary<string, string[]> { ["Role"] = [error] }, null, null, StatusCodes.Status409Conflict, ct);
}
