using OpinionAct.Media.Content;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Content.Admin;

namespace OpinionAct.Media.Web.Site.Admin;

/// <summary>Site settings (Admins): name, description, language, theme, time zone, logo, default sharing image, brand colour and social links.</summary>
internal static class AdminSettingsEndpoints
{
    // IANA zones known to this machine, offered as suggestions; any valid IANA id is accepted.
    private static readonly Lazy<string[]> Zones = new(() =>
        TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal).ToArray());

    public static RouteGroupBuilder MapAdminSettings(this RouteGroupBuilder admin)
    {
        admin.MapGet("/settings", (AdminRequest r, ThemeCatalog themes, string? done) =>
            Form(themes, SettingsService.ToDraft(r.Settings), AdminFields.NoErrors, done == "saved" ? r.T("done.save") : null));
        admin.MapPost("/settings", SaveAsync);
        return admin;
    }

    private static IResult Form(ThemeCatalog themes, SiteSettingsDraft input, IReadOnlyDictionary<string, string[]> errors, string? message, int status = StatusCodes.Status200OK) =>
        AdminView.Page<SettingsPage>(new { Input = input, Themes = themes.List(), Zones = Zones.Value, Errors = errors, Message = message }, status);

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
            Menu = form.Rows("Menu", "Label", "Url").Select(row => new LinkView(row[0], row[1])).ToList(),
            Logo = form.Text("Logo"),
            SocialImage = form.Text("SocialImage"),
            BrandColor = form.Text("BrandColor"),
        };

        try
        {
            await settings.SaveAsync(draft, r.Actor!, ct);
            return AdminLayout.Redirect(r, "/settings?done=saved");
        }
        catch (ContentValidationException ex)
        {
            return Form(themes, draft, ex.Errors, null, StatusCodes.Status422UnprocessableEntity);
        }
    }
}
