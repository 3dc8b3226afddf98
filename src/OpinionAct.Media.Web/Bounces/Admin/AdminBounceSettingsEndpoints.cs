using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Content.Admin;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Newsletters.Admin;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Bounces.Admin;

/// <summary>The bounce section of the mail settings page (Admins): return path, VERP, and the bounce mailbox.</summary>
internal static class AdminBounceSettingsEndpoints
{
    public static RouteGroupBuilder MapAdminBounceSettings(this RouteGroupBuilder admin)
    {
        admin.MapPost("/mail/bounces", SaveAsync);
        return admin;
    }

    private static async Task<IResult> SaveAsync(HttpContext http, AdminRequest r, BounceSettingsService bounces, NewsletterSettingsService settings, TenantContext tenant, ILogger<BounceSettingsService> logger, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var draft = new BounceSettingsDraft
        {
            ReturnPath = AdminTopicsEndpoints.NullIfEmpty(form.Text("ReturnPath")),
            Verp = form.Bool("Verp"),
            ImapHost = AdminTopicsEndpoints.NullIfEmpty(form.Text("ImapHost")),
            ImapPort = form.Number("ImapPort"),
            ImapTlsMode = form.Text("ImapTlsMode"),
            ImapUserName = AdminTopicsEndpoints.NullIfEmpty(form.Text("ImapUserName")),
            ImapPassword = form.Raw("ImapPassword"),
            ClearImapPassword = form.Bool("ClearImapPassword"),
            ImapFolder = form.Text("ImapFolder"),
            MoveProcessed = form.Text("AfterProcessing") != "delete",
            ProcessedFolder = form.Text("ProcessedFolder"),
        };
        try
        {
            await bounces.SaveAsync(draft, r.Actor!, ct);
            logger.BounceSettingsChanged(tenant.Tenant.Name, r.Actor!.UserId);
            return AdminLayout.Redirect(r, "/mail?done=bounces");
        }
        catch (ContentValidationException ex)
        {
            var current = await settings.GetAsync(ct);
            var view = await bounces.ViewAsync(ct) with { Input = draft };
            return AdminMailSettingsEndpoints.Form(r, current, AdminMailSettingsEndpoints.Draft(current), AdminFields.NoErrors, null, null,
                view with { Errors = ex.Errors }, StatusCodes.Status422UnprocessableEntity);
        }
    }
}
