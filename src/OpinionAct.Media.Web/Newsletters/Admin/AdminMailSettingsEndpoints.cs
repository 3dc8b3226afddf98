using System.Globalization;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;
using static OpinionAct.Media.Web.Html.HtmlPage;
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
            return Form(r, current, Draft(current), AdminHtml.NoErrors, done == "saved" ? r.T("done.save") : null, null);
        });
        admin.MapPost("/mail", SaveAsync);
        admin.MapPost("/mail/webhook-secret", async (AdminRequest r, NewsletterSettingsService settings, CancellationToken ct) =>
        {
            var secret = await settings.NewWebhookSecretAsync(r.Actor!, ct);
            var current = await settings.GetAsync(ct);
            return Form(r, current, Draft(current), AdminHtml.NoErrors, null, secret);
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

    private static IResult Form(AdminRequest r, NewsletterSettingsRecord current, SmtpSettingsDraft input, IReadOnlyDictionary<string, string[]> errors, string? message, string? secret, int status = StatusCodes.Status200OK)
    {
        var t = r.Text;
        var modes = Enum.GetNames<SmtpTlsMode>().Select(m => (m, t[$"tls.{m}"]));
        var webhookUrl = $"{r.Http.Request.Scheme}://{r.Http.Request.Host}{r.Base}/api/newsletters/reports";
        var secretBlock = secret is null
            ? $"<p>{E(current.WebhookSecretHash is null ? t["mail.webhook_none"] : t["mail.webhook_set"])}</p>"
            : $"<p role=\"status\">{E(t["mail.webhook_secret"])} <code class=\"secret\">{E(secret)}</code></p>";
        var body = $"""
            <h1>{E(t["nav.mail"])}</h1>
            <p><a href="{E(r.AdminBase)}/subscribers">{E(t["nav.subscribers"])}</a></p>
            {AdminHtml.Notice(message)}
            {AdminHtml.Summary(t, errors)}
            <form method="post" action="{E(r.AdminBase)}/mail" novalidate>
            {r.TokenField()}
            <fieldset><legend>{E(t["mail.smtp"])}</legend>
            <p class="hint">{E(t["mail.smtp_hint"])}</p>
            <div class="row">
            {AdminHtml.Input(t, "SmtpHost", input.Host, errors, attributes: "maxlength=\"253\" autocomplete=\"off\"")}
            {AdminHtml.Input(t, "SmtpPort", input.Port?.ToString(CultureInfo.InvariantCulture), errors, type: "number", attributes: "min=\"1\" max=\"65535\"")}
            {AdminHtml.Select(t, "SmtpTlsMode", modes, input.TlsMode, errors)}
            </div>
            <div class="row">
            {AdminHtml.Input(t, "SmtpUserName", input.UserName, errors, attributes: "maxlength=\"254\" autocomplete=\"off\"")}
            {AdminHtml.Input(t, "SmtpPassword", null, errors, type: "password", hint: current.SmtpPasswordProtected is null ? null : t["mail.password_set"], attributes: "autocomplete=\"new-password\" maxlength=\"500\"")}
            </div>
            {(current.SmtpPasswordProtected is null ? string.Empty : AdminHtml.Checkbox("ClearPassword", t["mail.password_clear"], false))}
            </fieldset>
            <fieldset><legend>{E(t["mail.tracking"])}</legend>
            <p class="hint">{E(t["mail.tracking_hint"])}</p>
            {AdminHtml.Checkbox("ClickTracking", t["field.ClickTracking"], input.ClickTracking)}
            </fieldset>
            <div class="actions"><button type="submit">{E(t["action.save_plain"])}</button></div>
            </form>
            <h2>{E(t["mail.webhook"])}</h2>
            <p class="hint">{E(t.Format("mail.webhook_hint", webhookUrl))}</p>
            {secretBlock}
            {AdminHtml.ButtonForm(r, $"{r.AdminBase}/mail/webhook-secret", t["mail.webhook_new"])}
            """;
        return AdminLayout.Page(r, t["nav.mail"], body, status, "subscribers");
    }

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
