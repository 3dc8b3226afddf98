using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.Recipes.Console;
using OpinionAct.Media.Accounts;

namespace OpinionAct.Media.Web.Agency;

/// <summary>
/// The agency console on the host tenant: sign in, list tenants with their state, create one
/// from a recipe and a theme, open, disable, enable and remove them. Plain server-rendered forms, each with an antiforgery token.
/// </summary>
public static class AgencyConsoleEndpoints
{
    public const string Scheme = "Agency";
    public const string Policy = "AgencyStaff";
    public const string Role = "Agency";

    private const string ThrottleSurface = "agency";

    /// <summary>The console's own routes: sign-in, the tenant list, creation and the tenant actions.</summary>
    internal static void MapAgencyConsole(this ConsoleRoutes console)
    {
        console.Root.MapGet("/", () => Results.Redirect("admin"));
        console.Root.MapGet("/admin/login", (HttpContext http, string? returnUrl, string? done) =>
            ConsoleView.Page<ConsoleSignInPage>(new { ReturnUrl = returnUrl, Message = done == "reset" ? ConsoleLanguage.Text(http)["login.reset_done"] : null }));
        console.Root.MapPost("/admin/login", LoginAsync).AddEndpointFilter<AgencyAntiforgeryFilter>();

        console.Staff.MapGet("/", TenantsPage);
        console.Staff.MapPost("/logout", async (HttpContext http, OpinionAct.Media.Data.Accounts.AgencySessionStore sessions) =>
        {
            if (http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } userId && http.User.FindFirst(EditorPrincipal.SessionClaim)?.Value is { } sid)
            {
                await sessions.RemoveAsync(userId, sid, CancellationToken.None);
            }

            await http.SignOutAsync(Scheme);
            return Results.Redirect($"{http.Request.PathBase}/admin/login");
        });
        console.Staff.MapPost("/tenants", CreateTenantAsync).AcceptsRecipeUpload(console.Staff);
        console.Staff.MapAgencyTenantActions();
    }

    /// <summary>The console's groups, each module mapping its console pages into them.</summary>
    internal static IEndpointRouteBuilder MapAgencyConsole(this IEndpointRouteBuilder endpoints, IEnumerable<IMediaModule> modules)
    {
        var console = new ConsoleRoutes(endpoints, endpoints.MapGroup("/admin").RequireAuthorization(Policy).AddEndpointFilter<AgencyAntiforgeryFilter>());
        foreach (var module in modules)
        {
            module.MapConsole(console);
        }

        return endpoints;
    }

    private static IResult LoginPage(string? error, string? returnUrl, int status = StatusCodes.Status200OK) =>
        ConsoleView.Page<ConsoleSignInPage>(new { Error = error, ReturnUrl = returnUrl }, status);

    private static async Task<IResult> LoginAsync(
        HttpContext http,
        AgencySignIn staff,
        SignInThrottle throttle,
        TrustedProxies proxies,
        ILogger<AgencyUser> logger,
        [FromForm] string? email,
        [FromForm] string? password,
        [FromForm] string? returnUrl)
    {
        email = email?.Trim() ?? string.Empty;
        var address = proxies.ClientAddress(http);
        if (await throttle.RetryAfterAsync(ThrottleSurface, address, email) is { } wait)
        {
            logger.AgencySignInRefused("too many failed attempts");
            http.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(wait);
            return LoginPage(ConsoleLanguage.Text(http)["login.throttled"], returnUrl, StatusCodes.Status429TooManyRequests);
        }

        var user = await staff.CheckUserAsync(email, password);
        if (user is null)
        {
            await throttle.RecordFailureAsync(ThrottleSurface, address, email);
            logger.AgencySignInRefused("unknown account or wrong password");
            return LoginPage(ConsoleLanguage.Text(http)["login.failed"], returnUrl, StatusCodes.Status401Unauthorized);
        }

        await throttle.RecordSuccessAsync(ThrottleSurface, address, email);
        if (user.TwoFactorEnabled)
        {
            // The password was right; the console cookie waits for the authenticator code (Accounts' console pages).
            await AgencyTwoFactorStep.BeginAsync(http, user, returnUrl);
            return Results.Redirect($"{http.Request.PathBase}/admin/login/2fa");
        }

        await staff.SignInAsync(http, user);
        var console = $"{http.Request.PathBase}/admin";
        return Results.Redirect(ReturnUrls.Within(returnUrl, console, console));
    }

    private static async Task<IResult> TenantsPage(HttpContext http, TenantRegistry registry, RecipeCatalog recipes, ThemeCatalog themes, PublicOrigins origins, MediaLibraryUsage media, string? message, string? error)
    {
        var rows = new List<TenantRow>();
        foreach (var t in registry.Table.Tenants)
        {
            rows.Add(new TenantRow(
                t,
                t.Hosts.Count > 0 ? string.Join(", ", t.Hosts) + (t.Prefix is null ? string.Empty : $"/{t.Prefix}") : $"/{t.Prefix}",
                t.State == TenantState.Running ? PublicRoot(t, http, origins) : null,
                await media.ForAsync(t, http.RequestAborted)));
        }

        return ConsoleView.Page<TenantsPage>(new
        {
            Tenants = rows,
            Recipes = recipes.Choices(),
            DefaultRecipe = TenantProvisioner.DefaultRecipe,
            Themes = themes.List().Select(t => t.Name).ToList(),
            Message = message,
            Error = error,
        });
    }

    private static async Task<IResult> CreateTenantAsync(
        HttpContext http,
        TenantProvisioner provisioner,
        IOptions<MediaOptions> options,
        TimeProvider clock,
        [FromForm] string? name,
        [FromForm] string? displayName,
        [FromForm] string? hosts,
        [FromForm] string? prefix,
        [FromForm] string? recipe,
        [FromForm] string? theme,
        [FromForm] string? adminEmail,
        CancellationToken cancellationToken)
    {
        var text = ConsoleLanguage.Text(http);
        var firstAdmin = string.IsNullOrWhiteSpace(adminEmail) ? null : adminEmail.Trim();
        if (firstAdmin is not null && !EmailAddress.IsValid(firstAdmin))
        {
            return BackToList(http, error: text.Format("create.bad_admin", firstAdmin));
        }

        try
        {
            // An uploaded recipe file, when one was chosen, takes the place of the catalog's recipe.
            using var upload = await UploadedRecipe.SaveAsync(http.Request, options.Value.Recipes.MaxBytes, cancellationToken);
            var request = new TenantCreateRequest
            {
                Name = name ?? string.Empty,
                DisplayName = displayName,
                Hosts = (hosts ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Prefix = prefix,
                Recipe = upload is null && !string.IsNullOrWhiteSpace(recipe) ? recipe : null,
                RecipeFile = upload?.Path,
                Theme = string.IsNullOrWhiteSpace(theme) ? null : theme,
            };
            var result = await provisioner.CreateAsync(request, cancellationToken);
            if (result.Succeeded)
            {
                var invited = firstAdmin is null ? string.Empty : " " + await FirstAdminInvitation.SendAsync(http.RequestServices, result.Tenant!, firstAdmin, http.User.Identity?.Name ?? "agency", text, cancellationToken);
                return BackToList(http, message: text.Format("create.done", result.Tenant!.Name, result.Report.Summary) + invited);
            }

            // No tenant remains, so no history would show why: the report is the answer.
            return ConsoleView.Page<RecipeReportPage>(new { Run = RecipeRunView.From(result.Report, clock.GetUtcNow().UtcDateTime) }, StatusCodes.Status422UnprocessableEntity);
        }
        catch (MediaValidationException ex)
        {
            return BackToList(http, error: ex.Message);
        }
    }

    /// <summary>
    /// Where a running hub is read, without a trailing slash: a prefix tenant under this console's
    /// own origin (<c>/{prefix}</c>), a host tenant at its first concrete host by the one origin rule
    /// (<see cref="PublicOrigins"/>); null for a wildcard-only tenant without a prefix, which has no
    /// address a browser can open.
    /// </summary>
    private static string? PublicRoot(TenantDescriptor tenant, HttpContext http, PublicOrigins origins)
    {
        return tenant.ConcreteHost() is not null ? origins.BaseUrl(tenant, http.Request)
            : tenant.Prefix is null ? null
            : $"{http.Request.PathBase}/{tenant.Prefix}";
    }

    // Post/redirect/get: the outcome travels in the query string and is encoded when shown.
    internal static IResult BackToList(HttpContext http, string? message = null, string? error = null)
    {
        var query = message is not null ? $"?message={Uri.EscapeDataString(message)}" : $"?error={Uri.EscapeDataString(error ?? string.Empty)}";
        return Results.Redirect($"{http.Request.PathBase}/admin{query}");
    }
}
