using Microsoft.AspNetCore.Mvc;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Agency;

/// <summary>
/// What the console does to one tenant: change its display name, address and theme (a form page), disable (after a
/// confirmation page), enable, and remove (after a confirmation page on which the tenant's name is typed). The pages are
/// GETs that change nothing; every change is a POST that the group's antiforgery filter checks,
/// answered by a redirect (post/redirect/get).
/// </summary>
internal static class AgencyTenantActions
{
    public static RouteGroupBuilder MapAgencyTenantActions(this RouteGroupBuilder admin)
    {
        admin.MapGet("/tenants/{name}/edit", EditPage);
        admin.MapPost("/tenants/{name}/edit", EditAsync);
        admin.MapGet("/tenants/{name}/disable", DisablePage);
        admin.MapPost("/tenants/{name}/disable", (string name, TenantProvisioner provisioner, HttpContext http, CancellationToken ct) =>
            SetStateAsync(name, TenantState.Disabled, provisioner, http, ct));
        admin.MapPost("/tenants/{name}/enable", (string name, TenantProvisioner provisioner, HttpContext http, CancellationToken ct) =>
            SetStateAsync(name, TenantState.Running, provisioner, http, ct));
        admin.MapGet("/tenants/{name}/remove", RemovePage);
        admin.MapPost("/tenants/{name}/remove", RemoveAsync);
        return admin;
    }

    private static IResult EditPage(string name, HttpContext http, TenantRegistry registry, ThemeCatalog themes) =>
        Find(registry, name) is { } tenant && tenant.State != TenantState.Uninitialized
            ? EditForm(tenant, themes, tenant.DisplayName, string.Join(", ", tenant.Hosts), tenant.Prefix, tenant.Theme)
            : AgencyConsoleEndpoints.BackToList(http, error: ConsoleLanguage.Text(http).Format("hub.unknown", name));

    private static async Task<IResult> EditAsync(
        string name,
        HttpContext http,
        TenantRegistry registry,
        TenantEditor editor,
        ThemeCatalog themes,
        [FromForm] string? displayName,
        [FromForm] string? hosts,
        [FromForm] string? prefix,
        [FromForm] string? theme,
        [FromForm] string? redirectOld,
        CancellationToken cancellationToken)
    {
        if (Find(registry, name) is not { } tenant)
        {
            return AgencyConsoleEndpoints.BackToList(http, error: ConsoleLanguage.Text(http).Format("hub.unknown_plain", name));
        }

        // The form always sends every field: an empty hosts field means no host, an empty prefix no prefix.
        var request = new TenantUpdateRequest
        {
            Name = tenant.Name,
            DisplayName = displayName ?? string.Empty,
            Hosts = (hosts ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Prefix = string.IsNullOrWhiteSpace(prefix) ? null : prefix,
            RemovePrefix = string.IsNullOrWhiteSpace(prefix),
            Theme = string.IsNullOrWhiteSpace(theme) ? null : theme,
            RedirectOldAddresses = redirectOld == "on",
        };
        try
        {
            var saved = await editor.UpdateAsync(request, cancellationToken);
            return AgencyConsoleEndpoints.BackToList(http, message: ConsoleLanguage.Text(http).Format("hub.saved", saved.Name));
        }
        catch (MediaValidationException ex)
        {
            return EditForm(tenant, themes, displayName ?? string.Empty, hosts ?? string.Empty, prefix, theme, ex.Message);
        }
    }

    private static IResult EditForm(TenantDescriptor tenant, ThemeCatalog themes, string displayName, string hosts, string? prefix, string? theme, string? error = null) =>
        ConsoleView.Page<EditTenantPage>(
            new
            {
                Tenant = tenant,
                Themes = themes.List().Select(t => t.Name).ToList(),
                DisplayName = displayName,
                Hosts = hosts,
                Prefix = prefix ?? string.Empty,
                Theme = theme,
                Error = error,
            },
            error is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);

    private static IResult DisablePage(string name, HttpContext http, TenantRegistry registry) =>
        Find(registry, name) is { } tenant
            ? ConsoleView.Page<DisableTenantPage>(new { Tenant = tenant })
            : AgencyConsoleEndpoints.BackToList(http, error: ConsoleLanguage.Text(http).Format("hub.unknown_plain", name));

    private static IResult RemovePage(string name, HttpContext http, TenantRegistry registry, string? error) =>
        Find(registry, name) is { } tenant
            ? ConsoleView.Page<RemoveTenantPage>(new { Tenant = tenant, Error = error })
            : AgencyConsoleEndpoints.BackToList(http, error: ConsoleLanguage.Text(http).Format("hub.unknown_plain", name));

    private static async Task<IResult> RemoveAsync(
        string name,
        HttpContext http,
        TenantRegistry registry,
        TenantProvisioner provisioner,
        [FromForm] string? confirm,
        CancellationToken cancellationToken)
    {
        if (Find(registry, name) is not { } tenant)
        {
            return AgencyConsoleEndpoints.BackToList(http, error: ConsoleLanguage.Text(http).Format("hub.unknown_plain", name));
        }

        if (tenant.State == TenantState.Uninitialized)
        {
            return AgencyConsoleEndpoints.BackToList(http, error: ConsoleLanguage.Text(http).Format("hub.setting_up", name));
        }

        if (!string.Equals(confirm?.Trim(), tenant.Name, StringComparison.Ordinal))
        {
            var error = ConsoleLanguage.Text(http).Format("hub.name_mismatch", tenant.Name);
            return Results.Redirect($"{http.Request.PathBase}/admin/tenants/{Uri.EscapeDataString(tenant.Name)}/remove?error={Uri.EscapeDataString(error)}");
        }

        try
        {
            await provisioner.RemoveAsync(tenant.Name, cancellationToken);
            return AgencyConsoleEndpoints.BackToList(http, message: ConsoleLanguage.Text(http).Format("hub.removed", tenant.Name));
        }
        catch (MediaValidationException ex)
        {
            return AgencyConsoleEndpoints.BackToList(http, error: ex.Message);
        }
    }

    private static async Task<IResult> SetStateAsync(string name, TenantState state, TenantProvisioner provisioner, HttpContext http, CancellationToken cancellationToken)
    {
        try
        {
            var tenant = await provisioner.SetStateAsync(name, state, cancellationToken);
            return AgencyConsoleEndpoints.BackToList(http, message: ConsoleLanguage.Text(http).Format(tenant.State == TenantState.Running ? "hub.now_running" : "hub.now_disabled", tenant.Name));
        }
        catch (MediaValidationException ex)
        {
            return AgencyConsoleEndpoints.BackToList(http, error: ex.Message);
        }
    }

    /// <summary>The hub named <paramref name="name"/>; never the host tenant, which is the console itself (not exported, disabled or removed).</summary>
    internal static TenantDescriptor? Find(TenantRegistry registry, string name) =>
        registry.Table.Find(name) is { IsHost: false } tenant ? tenant : null;
}
