using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;
using static OpinionAct.Media.Web.Html.HtmlPage;

namespace OpinionAct.Media.Web.Agency;

/// <summary>
/// What the console does to one tenant: disable (after a confirmation page), enable, and remove
/// (after a confirmation page on which the tenant's name is typed). The confirmation pages are
/// GETs that change nothing; every change is a POST that the group's antiforgery filter checks,
/// answered by a redirect (post/redirect/get).
/// </summary>
internal static class AgencyTenantActions
{
    public static RouteGroupBuilder MapAgencyTenantActions(this RouteGroupBuilder admin)
    {
        admin.MapGet("/tenants/{name}/disable", DisablePage);
        admin.MapPost("/tenants/{name}/disable", (string name, TenantProvisioner provisioner, HttpContext http, CancellationToken ct) =>
            SetStateAsync(name, TenantState.Disabled, provisioner, http, ct));
        admin.MapPost("/tenants/{name}/enable", (string name, TenantProvisioner provisioner, HttpContext http, CancellationToken ct) =>
            SetStateAsync(name, TenantState.Running, provisioner, http, ct));
        admin.MapGet("/tenants/{name}/remove", RemovePage);
        admin.MapPost("/tenants/{name}/remove", RemoveAsync);
        return admin;
    }

    private static IResult DisablePage(string name, HttpContext http, IAntiforgery antiforgery, TenantRegistry registry)
    {
        if (Find(registry, name) is not { } tenant)
        {
            return AgencyConsoleEndpoints.BackToList(http, error: $"Unknown tenant '{name}'.");
        }

        var body = $"""
            <h1>Disable {E(tenant.DisplayName)} ({E(tenant.Name)})?</h1>
            <p>Its site and admin answer 404 until it is enabled again. Nothing is deleted.</p>
            <form method="post" action="{Action(http, tenant, "disable")}">
              {Hidden(http, antiforgery)}
              <p><button type="submit">Disable {E(tenant.Name)}</button> <a href="{E(http.Request.PathBase)}/admin">Cancel</a></p>
            </form>
            """;
        return Result($"Disable {tenant.Name} · Agency console", body);
    }

    private static IResult RemovePage(string name, HttpContext http, IAntiforgery antiforgery, TenantRegistry registry, string? error)
    {
        if (Find(registry, name) is not { } tenant)
        {
            return AgencyConsoleEndpoints.BackToList(http, error: $"Unknown tenant '{name}'.");
        }

        var body = $"""
            {(error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{E(error)}</p>")}
            <h1>Remove {E(tenant.DisplayName)} ({E(tenant.Name)})?</h1>
            <p>This deletes its database, search index and media for good. It cannot be undone.</p>
            <form method="post" action="{Action(http, tenant, "remove")}">
              {Hidden(http, antiforgery)}
              <label for="confirm">Type the tenant's name, <strong>{E(tenant.Name)}</strong>, to confirm</label>
              <input id="confirm" name="confirm" required autocomplete="off" spellcheck="false">
              <p><button type="submit">Remove {E(tenant.Name)} for good</button> <a href="{E(http.Request.PathBase)}/admin">Cancel</a></p>
            </form>
            """;
        return Result($"Remove {tenant.Name} · Agency console", body);
    }

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
            return AgencyConsoleEndpoints.BackToList(http, error: $"Unknown tenant '{name}'.");
        }

        if (tenant.State == TenantState.Uninitialized)
        {
            return AgencyConsoleEndpoints.BackToList(http, error: $"Tenant '{name}' is still being set up; it cannot be removed yet.");
        }

        if (!string.Equals(confirm?.Trim(), tenant.Name, StringComparison.Ordinal))
        {
            var error = $"The name typed does not match '{tenant.Name}'; nothing was removed.";
            return Results.Redirect($"{http.Request.PathBase}/admin/tenants/{Uri.EscapeDataString(tenant.Name)}/remove?error={Uri.EscapeDataString(error)}");
        }

        try
        {
            await provisioner.RemoveAsync(tenant.Name, cancellationToken);
            return AgencyConsoleEndpoints.BackToList(http, message: $"Tenant '{tenant.Name}' and its storage were removed.");
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
            return AgencyConsoleEndpoints.BackToList(http, message: $"Tenant '{tenant.Name}' is now {tenant.State}.");
        }
        catch (MediaValidationException ex)
        {
            return AgencyConsoleEndpoints.BackToList(http, error: ex.Message);
        }
    }

    // The host tenant is the console itself: it is never offered for removal or disabling.
    private static TenantDescriptor? Find(TenantRegistry registry, string name) =>
        registry.Table.Tenants.FirstOrDefault(t => t.Name == name && !t.IsHost);

    private static string Action(HttpContext http, TenantDescriptor tenant, string verb) =>
        $"{E(http.Request.PathBase)}/admin/tenants/{E(Uri.EscapeDataString(tenant.Name))}/{verb}";

    private static string Hidden(HttpContext http, IAntiforgery antiforgery)
    {
        var token = antiforgery.GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{E(token.FormFieldName)}\" value=\"{E(token.RequestToken)}\">";
    }
}
