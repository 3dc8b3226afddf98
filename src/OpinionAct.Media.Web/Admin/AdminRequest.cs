using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Tenancy;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Accounts;

namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// One admin request's context: the tenant's settings (name, language, time zone), the signed-in
/// editor as a <see cref="ContentActor"/>, the UI strings, the antiforgery token and the script nonce.
/// </summary>
public sealed class AdminRequest(TenantContext tenant, SettingsService settings, IAntiforgery antiforgery, TimeProvider clock)
{
    private static readonly string[] LocalInputFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    private HttpContext? _http;
    private SiteSettingsRecord? _settings;
    private AntiforgeryTokenSet? _tokens;

    public HttpContext Http => _http ?? throw new InvalidOperationException("The admin request has not been loaded.");

    public SiteSettingsRecord Settings => _settings ?? throw new InvalidOperationException("The admin request has not been loaded.");

    public AdminText Text => AdminText.For(Settings.Language);

    public string Language => Text.Language;

    public CultureInfo Culture => Text.Culture;

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public string SiteName => Settings.SiteName.Length > 0 ? Settings.SiteName : tenant.Tenant.DisplayName;

    /// <summary>The tenant's PathBase ("/brand" for a prefix tenant, "" for a host tenant).</summary>
    public string Base => Http.Request.PathBase.Value ?? string.Empty;

    public string AdminBase => Base + "/admin";

    /// <summary>The signed-in editor, or null on the sign-in page.</summary>
    public ContentActor? Actor { get; private set; }

    public string? UserEmail { get; private set; }

    public string Nonce => Hosting.SurfaceHeaders.Nonce(Http);

    public string T(string key) => Text[key];

    public async Task LoadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (_http is not null)
        {
            return;
        }

        _http = http;
        _settings = await settings.GetAsync(cancellationToken);
        Zone = TimeZoneInfo.TryFindSystemTimeZoneById(_settings.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
        if (http.User.Identity is { IsAuthenticated: true, AuthenticationType: EditorAdmin.Scheme })
        {
            Actor = new ContentActor(http.User.FindFirstValue(ClaimTypes.NameIdentifier), EditorPrincipal.Roles(http.User));
            UserEmail = http.User.FindFirstValue(ClaimTypes.Name);
        }
    }

    /// <summary>The antiforgery tokens of this request (issued once), for the forms of the page (PostForm).</summary>
    public AntiforgeryTokenSet Tokens() => _tokens ??= antiforgery.GetAndStoreTokens(Http);

    /// <summary>A UTC time as the site's editors read it: "3 oct. 2026 14:05" in the site's time zone.</summary>
    public string Date(DateTime? utc) => utc is { } value ? Local(value).ToString("d MMM yyyy HH:mm", Culture) : string.Empty;

    /// <summary>The value of a datetime-local input, in the site's time zone.</summary>
    public string LocalInput(DateTime? utc) => utc is { } value ? Local(value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Reads a datetime-local value as a time in the site's zone; null when it is not a time that exists there.</summary>
    public DateTimeOffset? ParseLocal(string? value)
    {
        if (!DateTime.TryParseExact(value?.Trim(), LocalInputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            return null;
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }

    /// <summary>A date (yyyy-MM-dd) as the start of that day in the site's zone.</summary>
    public DateTimeOffset? ParseDay(string? value)
    {
        if (!DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The day of a stored date in the site's zone, as a date input's value.</summary>
    public string DayInput(DateTimeOffset date) => TimeZoneInfo.ConvertTime(date, Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public DateTimeOffset Now => clock.GetUtcNow();

    public string Today() => DayInput(Now);

    private DateTimeOffset Local(DateTime utc) => TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);
}
