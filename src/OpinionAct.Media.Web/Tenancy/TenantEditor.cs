using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Content;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// Changes an existing tenant's display name, hosts, prefix and theme, with the checks of creation. Everything is
/// checked before anything is written. The tenant table's version moves with the change, so every node routes the
/// tenant at its new address on its next table refresh (<see cref="Hosting.MediaOptions.TenantRefreshInterval"/>,
/// 1 s); cached pages, whose links name the old address, are evicted everywhere. Asked to, the addresses it leaves keep
/// answering with a 301 to the new one, until another tenant takes them.
/// </summary>
public sealed class TenantEditor(ITenantStore store, ThemeCatalog themes, TenantRegistry registry, IServiceProvider services, ILogger<TenantEditor> logger)
{
    /// <exception cref="MediaValidationException">No such tenant, a tenant still being set up, invalid input, or a host or prefix taken by another tenant; nothing was changed.</exception>
    public async Task<TenantDescriptor> UpdateAsync(TenantUpdateRequest request, CancellationToken cancellationToken)
    {
        var current = await store.FindAsync(request.Name.Trim(), cancellationToken) ?? throw Data.Host.TenantStore.UnknownTenant(request.Name);
        if (current.State == TenantState.Uninitialized)
        {
            throw new MediaValidationException($"Tenant '{current.Name}' is still being set up; it cannot be changed yet.");
        }

        if (current.IsHost)
        {
            throw new MediaValidationException("The agency's own tenant is configured by the host, not changed here.");
        }

        if (request.RemovePrefix && request.Prefix is not null)
        {
            throw new MediaValidationException("Give either a new prefix or ask to remove it, not both.");
        }

        var hosts = request.Hosts is null ? current.Hosts.ToList() : TenantInput.Hosts(request.Hosts);
        var prefix = request.RemovePrefix ? null : request.Prefix is null ? current.Prefix : TenantInput.Prefix(request.Prefix) ?? current.Prefix;
        if (prefix is null && hosts.Count == 0)
        {
            throw new MediaValidationException($"Tenant '{current.Name}' needs a host or a URL prefix: readers would have no way to reach it.");
        }

        var theme = request.Theme is null ? null : TenantInput.Theme(themes, request.Theme);
        var displayName = request.DisplayName is null ? current.DisplayName : TenantInput.DisplayName(request.DisplayName);
        var changed = current with { DisplayName = displayName, Hosts = hosts, Prefix = prefix, Theme = theme ?? current.Theme };
        if (request.RedirectOldAddresses)
        {
            // What the change leaves behind (the old prefix, each host dropped) keeps answering with a redirect.
            changed = changed with { OldAddresses = [.. current.OldAddresses, .. current.Addresses().Except(changed.Addresses(), StringComparer.OrdinalIgnoreCase)] };
        }

        // The tenant row first: it is where a host or prefix taken by another tenant is refused, and nothing else may be
        // written then. The theme lives in the tenant's settings too (what renders; the row is what the console lists).
        var saved = await store.UpdateAsync(changed, cancellationToken);
        if (theme is not null)
        {
            await SetThemeAsync(saved, theme, cancellationToken);
        }

        await store.BumpContentVersionAsync(saved.Name, cancellationToken);
        await registry.RefreshAsync(cancellationToken);
        logger.TenantUpdated(saved.Name);
        return saved;
    }

    private async Task SetThemeAsync(TenantDescriptor tenant, string theme, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateTenantScope(tenant);
        var settings = await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().GetOrCreateAsync(cancellationToken);
        settings.Theme = theme;
        var unit = scope.ServiceProvider.GetRequiredService<ContentUnit>();
        await unit.SaveAsync(cancellationToken);
        await ContentChanges.NotifyAsync(scope.ServiceProvider.GetServices<IContentChangeListener>(), tenant.Name, unit, cancellationToken);
    }
}
