using System.Globalization;
using System.Text;
using OpinionAct.Media.Content;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Content;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Content.Admin;

namespace OpinionAct.Media.Web.Site.Admin;

/// <summary>Site settings (Admins): name, description, language, theme, time zone and social links.</summary>
internal static class AdminSettingsEndpoints
{
    private const int EmptyLinkRows = 3;

    // IANA zones known to this machine, offered as suggestions; any valid IANA id is accepted.
    private static readonly Lazy<string[]> Zones = new(() =>
        TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal).ToArray());

    public static RouteGroupBuilder MapAdminSettings(this RouteGroupBuilder admin)
    {
        admin.MapGet("/settings", (AdminRequest r, ThemeCatalog themes, string? done) =>
            Form(r, themes, SettingsService.ToDraft(r.Settings), AdminHtml.NoErrors, done == "saved" ? r.T("done.save") : null));
        admin.MapPost("/settings", SaveAsync);
        return admin;
    }

    private static IResult Form(AdminRequest r, ThemeCatalog themes, SiteSettingsDraft input, IReadOnlyDictionary<string, string[]> errors, string? message, int status = StatusCodes.Status200OK)
    {
        var t = r.Text;
        var links = new StringBuilder();
        var rows = input.SocialLinks.Concat(Enumerable.Range(0, EmptyLinkRows).Select(_ => new LinkView(string.Empty, string.Empty))).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            links.Append(CultureInfo.InvariantCulture, $"""
                <fieldset>
                <legend>{E(t["field.SocialLinks.row"])} {i + 1}</legend>
                <div class="row">
                {AdminHtml.Input(t, $"SocialLinks[{i}].Label", rows[i].Label, errors, label: t["field.SocialLinks.Label"])}
                {AdminHtml.Input(t, $"SocialLinks[{i}].Url", rows[i].Url, errors, type: "url", label: t["field.SocialLinks.Url"])}
                </div>
                </fieldset>
                """);
        }

        var zones = string.Concat(Zones.Value.Select(z => $"<option value=\"{E(z)}\"></option>"));
        var body = $"""
            <h1>{E(t["nav.settings"])}</h1>
            {AdminHtml.Notice(message)}
            {AdminHtml.Summary(t, errors)}
            <form method="post" action="{E(r.AdminBase)}/settings" novalidate>
            {r.TokenField()}
            {AdminHtml.Input(t, "SiteName", input.SiteName, errors, attributes: "required maxlength=\"200\"")}
            {AdminHtml.TextArea(t, "Description", input.Description, errors, rows: 3, attributes: "maxlength=\"1000\"")}
            <div class="row">
            {AdminHtml.Select(t, "Language", [("fr", t["lang.fr"]), ("en", t["lang.en"])], input.Language, errors, hint: t["hint.language"])}
            {AdminHtml.Select(t, "Theme", themes.List().Select(th => (th.Name, th.Description is null ? th.Name : $"{th.Name} · {th.Description}")), input.Theme, errors)}
            {AdminHtml.Input(t, "TimeZone", input.TimeZone, errors, hint: t["hint.timezone"], attributes: "list=\"zones\" autocomplete=\"off\" required")}
            </div>
            <datalist id="zones">{zones}</datalist>
            <fieldset><legend>{E(t["field.SocialLinks"])}</legend><p class="hint">{E(t["hint.social"])}</p>{links}</fieldset>
            <div class="actions"><button type="submit">{E(t["action.save_plain"])}</button></div>
            </form>
            """;
        return AdminLayout.Page(r, t["nav.settings"], body, status, "settings");
    }

    private static async Task<IResult> SaveAsync(HttpContext http, AdminRequest r, SettingsService settings, ThemeCatalog themes, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var draft = new SiteSettingsDraft
        {
            SiteName = form.Text("SiteName"),
            Description = AdminTopicsEndpoints.NullIfEmpty(form.Text("Description")),
            Language = form.Text("Language"),
            Theme = form.Text("Theme"),
            TimeZone = form.Text("TimeZone"),
            SocialLinks = form.Rows("SocialLinks", "Label", "Url").Select(row => new LinkView(row[0], row[1])).ToList(),
        };

        try
        {
            await settings.SaveAsync(draft, r.Actor!, ct);
            return AdminLayout.Redirect(r, "/settings?done=saved");
        }
        catch (ContentValidationException ex)
        {
            return Form(r, themes, draft, ex.Errors, null, StatusCodes.Status422UnprocessableEntity);
        }
    }
}
