using System.Globalization;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Content.Admin;

namespace OpinionAct.Media.Web.Newsletters.Admin;

/// <summary>Mail settings (Admins): the tenant's SMTP server (password never shown back), tracking switches, webhook secret.</summary>
internal static class AdminMailSettingsEndpoints
{
    public static RouteGroupBuilder MapAdminMailSettings(this RouteGroupBuilder admin)
    {
        admin.MapGet("/mail", async (AdminRequest r, NewsletterSettingsService settings, string? done, CancellationToken ct) =>
        {
            var current = await settings.GetAsync(ct);
            return Form(r, current, Draft(current), AdminFields.NoErrors, done == "saved" ? r.T("done.save") : null, null);
        });
        admin.MapPost("/mail", SaveAsync);
        admin.MapPost("/mail/webhook-secret", async (AdminRequest r, NewsletterSettingsService settings, CancellationToken ct) =>
        {
            var secret = await settings.NewWebhookSecretAsync(r.Actor!, ct);
            var current = await settings.GetAsync(ct);
            return Form(r, current, Draft(current), AdminFields.NoErrors, null, secret);
        });
        return admin;
    }

    private static SmtpSettingsDraft Draft(NewsletterSettingsRecord s) => new()
    {
        Host = s.SmtpHost,
        Port = s.SmtpPort,
        TlsMode = s.SmtpTlsMode ?? nameof(SmtpTlsMode.StartTlsWhenAvailable),
        UserName = s.SmtpUserName,
        ClickTracking = s.ClickTracking,
    };

    private static IResult Form(AdminRequest r, NewsletterSettingsRecord current, SmtpSettingsDraft input, IReadOnlyDictionary<string, string[]> errors, string? message, string? secret, int status = StatusCodes.Status200OK) =>
        AdminView.Page<MailSettingsPage>(new { Current = current, Input = input, Errors = errors, Message = message, Secret = secret }, status);

    private static async Task<IResult> SaveAsync(HttpContext http, AdminRequest r, NewsletterSettingsService settings, TenantContext tenant, ILogger<NewsletterSettingsService> logger, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var portText = form.Text("SmtpPort");
        var draft = new SmtpSettingsDraft
        {
            Host = AdminTopicsEndpoints.NullIfEmpty(form.Text("SmtpHost")),
            Port = portText.Length == 0 ? null : int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : -1,
            TlsMode = form.Text("SmtpTlsMode"),
            UserName = AdminTopicsEndpoints.NullIfEmpty(form.Text("SmtpUserName")),
            Password = form.Raw("SmtpPassword"),
            ClearPassword = form.Bool("ClearPassword"),
            ClickTracking = form.Bool("ClickTracking"),
        };
        try
        {
            await settings.SaveAsync(draft, r.Actor!, ct);
            logger.MailSettingsChanged(tenant.Tenant.Name, r.Actor!.UserId);
            return AdminLayout.Redirect(r, "/mail?done=saved");
        }
        catch (ContentValidationException ex)
        {
            return Form(r, await settings.GetAsync(ct), draft, ex.Errors, null, null, StatusCodes.Status422UnprocessableEntity);
        }
    }
}
