using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Bounces;
using OpinionAct.Media.Web.Content.Admin;

namespace OpinionAct.Media.Web.Newsletters.Admin;

/// <summary>Mail settings (Admins): the tenant's SMTP server (password never shown back), tracking switches, webhook secret; the bounce section posts to <c>AdminBounceSettingsEndpoints</c>.</summary>
internal static class AdminMailSettingsEndpoints
{
    public static RouteGroupBuilder MapAdminMailSettings(this RouteGroupBuilder admin)
    {
        admin.MapGet("/mail", async (AdminRequest r, NewsletterSettingsService settings, BounceSettingsService bounces, string? done, CancellationToken ct) =>
        {
            var current = await settings.GetAsync(ct);
            return Form(r, current, Draft(current), AdminFields.NoErrors, done is "saved" or "bounces" ? r.T("done.save") : null, null, await bounces.ViewAsync(ct));
        });
        admin.MapPost("/mail", SaveAsync);
        admin.MapPost("/mail/webhook-secret", async (AdminRequest r, NewsletterSettingsService settings, BounceSettingsService bounces, CancellationToken ct) =>
        {
            var secret = await settings.NewWebhookSecretAsync(r.Actor!, ct);
            var current = await settings.GetAsync(ct);
            return Form(r, current, Draft(current), AdminFields.NoErrors, null, secret, await bounces.ViewAsync(ct));
        });
        return admin;
    }

    internal static SmtpSettingsDraft Draft(NewsletterSettingsRecord s) => new()
    {
        Host = s.SmtpHost,
        Port = s.SmtpPort,
        TlsMode = s.SmtpTlsMode ?? nameof(SmtpTlsMode.StartTlsWhenAvailable),
        UserName = s.SmtpUserName,
        ClickTracking = s.ClickTracking,
    };

    internal static IResult Form(AdminRequest r, NewsletterSettingsRecord current, SmtpSettingsDraft input, IReadOnlyDictionary<string, string[]> errors, string? message, string? secret, BounceSettingsView bounces, int status = StatusCodes.Status200OK) =>
        AdminView.Page<MailSettingsPage>(new { Current = current, Input = input, Errors = errors, Message = message, Secret = secret, Bounces = bounces }, status);

    private static async Task<IResult> SaveAsync(HttpContext http, AdminRequest r, NewsletterSettingsService settings, BounceSettingsService bounces, TenantContext tenant, ILogger<NewsletterSettingsService> logger, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var draft = new SmtpSettingsDraft
        {
            Host = AdminTopicsEndpoints.NullIfEmpty(form.Text("SmtpHost")),
            Port = form.Number("SmtpPort"),
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
            return Form(r, await settings.GetAsync(ct), draft, ex.Errors, null, null, await bounces.ViewAsync(ct), StatusCodes.Status422UnprocessableEntity);
        }
    }
}
