using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Accounts;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Localization;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Invitations to a hub (in its tenant scope): <see cref="InviteAsync"/> stores the hash of a random token,
/// replaces the address's earlier invitation and emails the single-use link, which expires after
/// <see cref="AccountsOptions.InvitationLifetime"/>; <see cref="AcceptAsync"/> creates the account with the
/// name, password and role. The hub's People page calls it, and so can the agency console for a hub's first Admin.
/// </summary>
public sealed class InvitationService(
    InvitationStore invitations,
    UserManager<TenantUser> users,
    RoleManager<TenantRole> roles,
    AccountMailer mailer,
    SettingsService settings,
    TenantContext tenant,
    PublicOrigins origins,
    AuditTrail audit,
    TimeProvider clock,
    IOptions<AccountsOptions> options,
    IHttpContextAccessor? http = null)
{
    /// <summary>The roles an invitation may give.</summary>
    public static readonly IReadOnlyList<string> Roles = [ContentActor.Editor, ContentActor.Author, ContentActor.GuestExpert, ContentActor.Admin];

    /// <summary>Invites <paramref name="email"/> with <paramref name="role"/>; creates the GuestExpert role on first use.</summary>
    /// <param name="invitedBy">The inviting Admin's email, or the agency staff member's: kept on the invitation and in the audit log.</param>
    /// <exception cref="MediaValidationException">Not an address, an address that already has an account, or a role invitations do not give.</exception>
    /// <exception cref="OpinionAct.Media.Newsletters.MailDeliveryException">The email could not be sent; the invitation is stored, inviting again sends a new link.</exception>
    public async Task<InvitationRecord> InviteAsync(string email, string role, string invitedBy, CancellationToken cancellationToken = default)
    {
        email = email.Trim();
        if (!EmailAddress.IsValid(email))
        {
            throw new MediaValidationException($"'{email}' is not a valid email address.");
        }

        if (!Roles.Contains(role, StringComparer.Ordinal))
        {
            throw new MediaValidationException($"Invitations give one of the roles {string.Join(", ", Roles)}, not '{role}'.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new MediaValidationException($"{email} already has an account on this hub; give it the role from the People page.");
        }

        if (!await roles.RoleExistsAsync(role))
        {
            var created = await roles.CreateAsync(new TenantRole(role) { Description = role == ContentActor.GuestExpert ? "Outside expert: writes drafts that Editors review." : null });
            if (!created.Succeeded)
            {
                throw new MediaValidationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }

        var token = SecretTokens.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = new InvitationRecord
        {
            Email = email,
            NormalizedEmail = users.NormalizeEmail(email),
            Role = role,
            TokenHash = SecretTokens.Hash(token),
            InvitedBy = invitedBy,
            CreatedUtc = now,
            ExpiresUtc = now + options.Value.InvitationLifetime,
        };
        await invitations.ReplaceAsync(invitation, cancellationToken);
        await audit.RecordAsync(AuditActions.UserInvited, email, $"role {role}", cancellationToken: cancellationToken);

        var site = await settings.GetAsync(cancellationToken);
        var siteName = site.SiteName.Length > 0 ? site.SiteName : tenant.Tenant.DisplayName;
        var t = UiText.For(UiTextArea.Admin, site.Language);
        var link = $"{origins.BaseUrl(tenant.Tenant, http?.HttpContext?.Request)}/admin/invitation?token={token}";
        var days = (int)Math.Ceiling(options.Value.InvitationLifetime.TotalDays);
        await mailer.SendAsync(
            tenant.Tenant.Name,
            siteName,
            email,
            t.Format("mail.invite.subject", siteName),
            [t.Format("mail.invite.intro", invitedBy, siteName, role), t.Format("mail.invite.validity", days), t["mail.invite.ignore"]],
            link,
            t["mail.invite.button"],
            cancellationToken);
        return invitation;
    }

    /// <summary>The invitation of a link and what it is worth now.</summary>
    public async Task<(InvitationCheck Check, InvitationRecord? Invitation)> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        var invitation = string.IsNullOrEmpty(token) ? null : await invitations.FindByHashAsync(SecretTokens.Hash(token), cancellationToken);
        var check = invitation is null ? InvitationCheck.Unknown
            : invitation.AcceptedUtc is not null ? InvitationCheck.AlreadyUsed
            : invitation.ExpiresUtc <= clock.GetUtcNow().UtcDateTime ? InvitationCheck.Expired
            : InvitationCheck.Valid;
        return (check, invitation);
    }

    /// <summary>
    /// Creates the account of a valid invitation. The password is checked first (nothing is written for a
    /// refused one); the invitation is then claimed once, so two tabs cannot both use it.
    /// </summary>
    /// <returns>The new account and no errors; or null and Identity's password errors, or the link's state.</returns>
    public async Task<(TenantUser? User, InvitationCheck Check, IReadOnlyList<string> PasswordErrors)> AcceptAsync(string? token, string? displayName, string? password, CancellationToken cancellationToken)
    {
        var (check, invitation) = await CheckAsync(token, cancellationToken);
        if (check != InvitationCheck.Valid || invitation is null)
        {
            return (null, check, []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new TenantUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim()[..Math.Min(displayName.Trim().Length, 200)],
            CreatedUtc = now,
        };
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password ?? string.Empty);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            return (null, check, errors);
        }

        if (!await invitations.ClaimAsync(invitation.Id, now, cancellationToken))
        {
            return (null, InvitationCheck.AlreadyUsed, []);
        }

        var created = await users.CreateAsync(user, password!);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, invitation.Role);
        }

        if (!created.Succeeded)
        {
            // An account made meanwhile with that address, or a store failure: the link stays usable, nothing half-made remains.
            if (user.Id is not null && await users.FindByIdAsync(user.Id) is { } partial)
            {
                await users.DeleteAsync(partial);
            }

            await invitations.ReleaseAsync(invitation.Id, CancellationToken.None);
            return (null, check, created.Errors.Select(e => e.Description).ToList());
        }

        await audit.RecordAsync(AuditActions.InvitationAccepted, invitation.Email, $"role {invitation.Role}, invited by {invitation.InvitedBy}", AuditActor.User(invitation.Email), cancellationToken);
        return (user, check, []);
    }

    public Task<List<InvitationRecord>> PendingAsync(CancellationToken cancellationToken) => invitations.PendingAsync(cancellationToken);
}
