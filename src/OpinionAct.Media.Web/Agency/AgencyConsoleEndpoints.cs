using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;
using static OpinionAct.Media.Web.Html.HtmlPage;

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
        console.Root.MapGet("/admin/login", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            LoginPage(http, antiforgery, error: null, returnUrl));
        console.Root.MapPost("/admin/login", LoginAsync).AddEndpointFilter<AgencyAntiforgeryFilter>();

        console.Staff.MapGet("/", TenantsPage);
        console.Staff.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(Scheme);
            return Results.Redirect($"{http.Request.PathBase}/admin/login");
        });
        console.Staff.MapPost("/tenants", CreateTenantAsync);
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

    private static IResult LoginPage(HttpContext http, IAntiforgery antiforgery, string? error, string? returnUrl, int status = 200)
    {
        var token = antiforgery.GetAndStoreTokens(http);
        var body = $"""
            <h1>Agency console</h1>
            {(error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{E(error)}</p>")}
            <form method="post" action="{E(http.Request.PathBase)}/admin/login">
              <input type="hidden" name="{E(token.FormFieldName)}" value="{E(token.RequestToken)}">
              <input type="hidden" name="returnUrl" value="{E(returnUrl)}">
              <label for="email">Email</label>
              <input id="email" name="email" type="email" autocomplete="username" required>
              <label for="password">Password</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required>
              <p><button type="submit">Sign in</button></p>
            </form>
            """;
        return Result("Sign in · Agency console", body, status);
    }

    private static async Task<IResult> LoginAsync(
        HttpContext http,
        IAntiforgery antiforgery,
        UserManager<AgencyUser> users,
        SignInThrottle throttle,
        TrustedProxies proxies,
        ILogger<AgencyUser> logger,
        [FromForm] string? email,
        [FromForm] string? password,
        [FromForm] string? returnUrl)
    {
        email = email?.Trim() ?? string.Empty;
        var address = proxies.ClientAddress(http);
        if (throttle.RetryAfter(ThrottleSurface, address, email) is { } wait)
        {
            logger.AgencySignInRefused("too many failed attempts");
            http.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(wait);
            return LoginPage(http, antiforgery, "Too many failed attempts from this connection. Wait a few minutes, then try again.", returnUrl, StatusCodes.Status429TooManyRequests);
        }

        var user = await PasswordSignIn.CheckAsync(users, email, password);
        if (user is null)
        {
            throttle.RecordFailure(ThrottleSurface, address, email);
            logger.AgencySignInRefused("unknown account or wrong password");
            return LoginPage(http, antiforgery, "Unknown email or wrong password. After 5 failures from this connection, sign-in pauses for 15 minutes.", returnUrl, StatusCodes.Status401Unauthorized);
        }

        throttle.RecordSuccess(ThrottleSurface, address, email);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.Email ?? user.Id), .. (await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r))],
            Scheme);
        await http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
        var console = $"{http.Request.PathBase}/admin";
        return Results.Redirect(ReturnUrls.Within(returnUrl, console, console));
    }

    private static IResult TenantsPage(HttpContext http, IAntiforgery antiforgery, TenantRegistry registry, RecipeCatalog recipes, ThemeCatalog themes, PublicOrigins origins, string? message, string? error)
    {
        var token = antiforgery.GetAndStoreTokens(http);
        var hidden = $"<input type=\"hidden\" name=\"{E(token.FormFieldName)}\" value=\"{E(token.RequestToken)}\">";
        var basePath = E(http.Request.PathBase);
        var rows = string.Join("\n", registry.Table.Tenants.Select(t =>
        {
            var address = t.Hosts.Count > 0 ? string.Join(", ", t.Hosts) + (t.Prefix is null ? string.Empty : $"/{t.Prefix}") : $"/{t.Prefix}";
            var root = t.State == TenantState.Running ? PublicRoot(t, http, origins) : null;
            var links = root is null
                ? string.Empty
                : $"<a href=\"{E(root)}/\" aria-label=\"Site of {E(t.Name)}\">Site</a> · <a href=\"{E(root)}/admin\" aria-label=\"Admin of {E(t.Name)}\">Admin</a>";
            var actions = $"{basePath}/admin/tenants/{E(Uri.EscapeDataString(t.Name))}";
            var action = t.State switch
            {
                TenantState.Running => $"<a href=\"{actions}/disable\" aria-label=\"Disable {E(t.Name)}\">Disable…</a> · <a href=\"{actions}/remove\" aria-label=\"Remove {E(t.Name)}\">Remove…</a>",
                TenantState.Disabled => $"<form class=\"inline\" method=\"post\" action=\"{actions}/enable\">{hidden}<button type=\"submit\" aria-label=\"Enable {E(t.Name)}\">Enable</button></form> · <a href=\"{actions}/remove\" aria-label=\"Remove {E(t.Name)}\">Remove…</a>",
                _ => "<span class=\"muted\">setting up…</span>",
            };
            return $"<tr><td>{E(t.Name)}</td><td>{E(t.DisplayName)}</td><td>{t.State}</td><td>{E(address)}</td><td>{links}</td><td>{E(t.Theme)}</td><td>{E(t.Recipe)}</td><td>{action}</td></tr>";
        }));
        var recipeOptions = string.Join(string.Empty, recipes.List().Where(r => r.Recipe is not null).Select(r =>
            $"<option value=\"{E(r.Recipe!.Name)}\"{(r.Recipe.Name == TenantProvisioner.DefaultRecipe ? " selected" : string.Empty)}>{E(r.Recipe.DisplayName ?? r.Recipe.Name)}</option>"));
        var themeOptions = string.Join(string.Empty, themes.List().Select(t => $"<option value=\"{E(t.Name)}\">{E(t.Name)}</option>"));

        var body = $"""
            {(message is null ? string.Empty : $"<p class=\"ok\" role=\"status\">{E(message)}</p>")}
            {(error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{E(error)}</p>")}
            <h1>Brand tenants</h1>
            <p><a href="{basePath}/admin/insights">Audience of every hub, side by side</a></p>
            <table>
              <thead><tr><th scope="col">Name</th><th scope="col">Display name</th><th scope="col">State</th><th scope="col">Address</th><th scope="col">Open</th><th scope="col">Theme</th><th scope="col">Recipe</th><th scope="col">Action</th></tr></thead>
              <tbody>
            {rows}
              </tbody>
            </table>
            <h2>Create a tenant</h2>
            <form method="post" action="{basePath}/admin/tenants">
              {hidden}
              <label for="name">Name (lowercase, e.g. acme-energie)</label>
              <input id="name" name="name" required pattern="[a-z][a-z0-9-]*" maxlength="40">
              <label for="displayName">Display name</label>
              <input id="displayName" name="displayName" maxlength="200">
              <label for="hosts">Hosts (comma-separated, optional)</label>
              <input id="hosts" name="hosts" placeholder="acme.example.com, *.acme.example">
              <label for="prefix">URL prefix (optional; defaults to the name when no host is given)</label>
              <input id="prefix" name="prefix" maxlength="40">
              <label for="recipe">Recipe</label>
              <select id="recipe" name="recipe">{recipeOptions}</select>
              <label for="theme">Theme</label>
              <select id="theme" name="theme"><option value="" selected>The recipe's choice</option>{themeOptions}</select>
              <p><button type="submit">Create tenant</button></p>
            </form>
            """;
        var header = $"""<span>Agency console</span><form class="inline" method="post" action="{basePath}/admin/logout">{hidden}<button type="submit">Sign out</button></form>""";
        return Result("Tenants · Agency console", body, headerHtml: header);
    }

    private static async Task<IResult> CreateTenantAsync(
        HttpContext http,
        TenantProvisioner provisioner,
        [FromForm] string? name,
        [FromForm] string? displayName,
        [FromForm] string? hosts,
        [FromForm] string? prefix,
        [FromForm] string? recipe,
        [FromForm] string? theme,
        CancellationToken cancellationToken)
    {
        var request = new TenantCreateRequest
        {
            Name = name ?? string.Empty,
            DisplayName = displayName,
            Hosts = (hosts ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Prefix = prefix,
            Recipe = string.IsNullOrWhiteSpace(recipe) ? null : recipe,
            Theme = string.IsNullOrWhiteSpace(theme) ? null : theme,
        };

        try
        {
            var result = await provisioner.CreateAsync(request, cancellationToken);
            return result.Succeeded
                ? BackToList(http, message: $"Tenant '{result.Tenant!.Name}' created. {result.Report.Summary}")
                : BackToList(http, error: result.Report.Summary);
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
        var concreteHost = tenant.Hosts.Any(h => !h.StartsWith("*.", StringComparison.Ordinal));
        return concreteHost ? origins.BaseUrl(tenant, http.Request)
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
