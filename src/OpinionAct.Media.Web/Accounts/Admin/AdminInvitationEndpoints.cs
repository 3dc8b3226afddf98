using OpinionAct.Media.Accounts;
using OpinionAct.Media.Content;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Accounts.Admin;

/// <summary>
/// Invitations: an Admin invites from the People page; the invited person opens the emailed link, chooses a
/// name and a password, and is signed in. An unknown (tampered, replaced), expired or used link gets its own page.
/// </summary>
internal static class AdminInvitationEndpoints
{
    public static void MapAdminInvitations(this AdminRoutes admin)
    {
        admin.Anonymous.MapGet("/invitation", async (AdminRequest r, InvitationService invitations, string? token, CancellationToken ct) =>
        {
            var (check, invitation) = await invitations.CheckAsync(token, ct);
            return check == InvitationCheck.Valid
                ? AdminView.Page<AcceptInvitationPage>(new { Token = token, invitation!.Email, invitation.Role })
                : Problem(check);
        });
        admin.Anonymous.MapPost("/invitation", AcceptAsync);
        admin.Admins.MapPost("/people/invite", InviteAsync);
    }

    private static async Task<IResult> AcceptAsync(HttpContext http, AdminRequest r, InvitationService invitations, EditorSignIn editors, TenantContext tenant, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var token = form.Text("token");
        var name = form.Text("DisplayName");
        var password = form.Raw("Password");
        var (check, invitation) = await invitations.CheckAsync(token, ct);
        if (check != InvitationCheck.Valid)
        {
            return Problem(check);
        }

        var errors = new FieldErrors();
        errors.Text(name, "DisplayName", 200, required: true);
        if (!string.Equals(password, form.Raw("Confirm"), StringComparison.Ordinal))
        {
            errors.Add("Confirm", r.T("error.confirm"));
        }

        if (!errors.Any)
        {
            var (user, outcome, passwordErrors) = await invitations.AcceptAsync(token, name, password, ct);
            if (user is not null)
            {
                await editors.SignInAsync(http, user, tenant.Tenant.Name);
                return AdminLayout.Redirect(r, "/articles");
            }

            if (outcome != InvitationCheck.Valid)
            {
                return Problem(outcome);
            }

            foreach (var error in passwordErrors)
            {
                errors.Add("Password", error);
            }
        }

        return AdminView.Page<AcceptInvitationPage>(new { Token = token, invitation!.Email, invitation.Role, DisplayName = name, Errors = errors.ToDictionary() }, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> InviteAsync(HttpContext http, AdminRequest r, InvitationService invitations, PeopleService people, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var email = form.Text("InviteEmail");
        var role = form.Text("InviteRole");
        var errors = new FieldErrors();
        if (!EmailAddress.IsValid(email))
        {
            errors.Add("InviteEmail", r.T("error.email"));
        }
        else if (await people.EmailTakenAsync(email))
        {
            errors.Add("InviteEmail", r.T("error.email_taken"));
        }

        if (!InvitationService.Roles.Contains(role, StringComparer.Ordinal))
        {
            errors.Add("InviteRole", r.T("error.role"));
        }

        if (!errors.Any)
        {
            try
            {
                await invitations.InviteAsync(email, role, r.UserEmail ?? "admin", ct);
                return AdminLayout.Redirect(r, "/people?done=invited");
            }
            catch (MailDeliveryException)
            {
                errors.Add("InviteEmail", r.T("error.invite_mail"));
            }
        }

        return await AdminPeopleEndpoints.PageAsync(people, invitations, string.Empty, role, errors.ToDictionary(), null, null, StatusCodes.Status422UnprocessableEntity, ct, inviteEmail: email);
    }

    /// <summary>Why a link does not work: 404 for an unknown token, 410 for an expired or used one.</summary>
    private static IResult Problem(InvitationCheck check)
    {
        var kind = check switch
        {
            InvitationCheck.Expired => "expired",
            InvitationCheck.AlreadyUsed => "used",
            _ => "unknown",
        };
        return AdminView.Page<OpinionAct.Media.Web.Admin.Components.ErrorPage>(
            new { TitleKey = $"invite.{kind}.title", TextKey = $"invite.{kind}.text" },
            check == InvitationCheck.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone);
    }
}
