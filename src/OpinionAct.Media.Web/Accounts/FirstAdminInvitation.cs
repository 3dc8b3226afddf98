using OpinionAct.Media.Content;
using OpinionAct.Media.Localization;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// A new hub's first Admin, invited by email right after the hub is created (the console's creation form and
/// <c>tenants create --admin-email</c>): the hub's own invitation, as its People page sends it. The hub exists either
/// way, so a refused or undelivered invitation is said, to be sent again from the hub.
/// </summary>
internal static class FirstAdminInvitation
{
    /// <summary>One sentence saying what happened, for the console's message (in its reader's language) or the CLI's output (in English).</summary>
    public static async Task<string> SendAsync(IServiceProvider services, TenantDescriptor tenant, string email, string invitedBy, UiText consoleText, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateTenantScope(tenant);
        try
        {
            await scope.ServiceProvider.GetRequiredService<InvitationService>().InviteAsync(email, ContentActor.Admin, invitedBy, cancellationToken);
            return consoleText.Format("invite.sent", email);
        }
        catch (Exception ex) when (ex is MediaValidationException or MailDeliveryException)
        {
            return consoleText.Format("invite.failed", email, ex.Message.TrimEnd('.'));
        }
    }
}
