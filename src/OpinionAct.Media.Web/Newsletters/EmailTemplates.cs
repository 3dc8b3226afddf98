using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Site;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Renders a tenant's emails from its theme's <c>email/</c> folder (see docs/newsletters.md): the HTML part
/// with inline styles, and the plain-text part read from it, through the same Fluid setup and sandbox as the site.
/// Any template name works: <c>issue</c>, <c>confirm</c>... as long as its file exists in the theme (or its base).
/// </summary>
public sealed class EmailTemplates(ThemeRenderer renderer, ThemeCatalog themes, TenantRegistry registry, IServiceProvider services, SubscriberLinks links, TimeProvider clock)
{
    /// <summary>Loads the tenant's settings (name, language, theme) and absolute home URL: once per batch of emails.</summary>
    /// <exception cref="InvalidOperationException">No running tenant has that name.</exception>
    public async Task<EmailSite> SiteAsync(string tenantName, CancellationToken cancellationToken)
    {
        var tenant = await FindAsync(tenantName, cancellationToken);
        await using var scope = services.CreateTenantScope(tenant);
        var settings = await scope.ServiceProvider.GetRequiredService<SettingsService>().GetAsync(cancellationToken);
        var theme = themes.Find(settings.Theme ?? tenant.Theme ?? ThemeCatalog.DefaultTheme)?.Name ?? ThemeCatalog.DefaultTheme;
        var palette = BrandPalette.For(SiteBrandColor.Get(settings));
        var view = new EmailSiteView
        {
            Brand = palette?.Brand,
            OnBrand = palette?.OnBrand,
            BrandInk = palette?.Ink,
            Name = settings.SiteName.Length > 0 ? settings.SiteName : tenant.DisplayName,
            Description = settings.Description,
            Language = settings.Language,
            HomeUrl = links.BaseUrl(tenant.Name) + "/",
            Year = clock.GetUtcNow().Year,
            Text = EmailText.For(settings.Language),
        };
        return new EmailSite(tenant, theme, view, settings.TimeZone);
    }

    /// <summary>Renders <c>email/&lt;template&gt;.liquid</c> of the tenant's theme in its <c>email/layout.liquid</c>; the text part is read from that HTML.</summary>
    /// <param name="email">The envelope every layout prints: subject, preheader, newsletter, manage link.</param>
    /// <param name="model">The template's own view (<see cref="IssueEmailView"/>...); only sandbox-registered types are readable.</param>
    /// <exception cref="ThemeTemplateException">A template is missing or broken.</exception>
    public async Task<RenderedEmail> RenderAsync(string tenantName, string template, EmailView email, object? model, CancellationToken cancellationToken) =>
        await RenderAsync(await SiteAsync(tenantName, cancellationToken), template, email, model, cancellationToken);

    /// <summary>As above, with the site already loaded: the form to use when rendering many emails.</summary>
    public async Task<RenderedEmail> RenderAsync(EmailSite site, string template, EmailView email, object? model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        return await renderer.RenderEmailAsync(site.ThemeName, template, site.View, email, model, cancellationToken);
    }

    private async Task<TenantDescriptor> FindAsync(string tenantName, CancellationToken cancellationToken)
    {
        var tenant = registry.Table.Find(tenantName);
        if (tenant is null)
        {
            // The CLI (or a node that has not polled yet) may not have loaded the table.
            await registry.RefreshAsync(cancellationToken);
            tenant = registry.Table.Find(tenantName);
        }

        return tenant is { State: TenantState.Running }
            ? tenant
            : throw new InvalidOperationException($"No running tenant is named '{tenantName}'.");
    }
}
