using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Site.Admin;
using OpinionAct.Media.Web.Site.Recipes;
using OpinionAct.Media.Web.MediaLibrary.Usage;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// The public site of every hub: home, articles, topics, experts, pages, feeds, sitemap, robots and
/// redirects through the hub's theme, its output cache and its invalidation; the site settings page
/// and the <c>settings</c> recipe step.
/// </summary>
internal sealed class SiteModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<SiteStore>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentSite>();
        services.AddScoped<SitePages>();
        services.AddScoped<IMediaUsageSource, SiteMediaUsage>();
        services.AddSingleton<SiteOutputCache>();
        services.AddOutputCache();
        services.AddSingleton<SiteSnapshots>();
        services.AddSingleton<IContentChangeListener>(sp => sp.GetRequiredService<SiteSnapshots>());
        services.AddSingleton<ITenantContentObserver>(sp => sp.GetRequiredService<SiteSnapshots>());
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<SiteSnapshots>());
        services.AddSingleton<OutputCacheInvalidator>();
        services.AddSingleton<IContentChangeListener>(sp => sp.GetRequiredService<OutputCacheInvalidator>());
        services.AddSingleton<ITenantContentObserver>(sp => sp.GetRequiredService<OutputCacheInvalidator>());
    }

    public void MapHub(HubRoutes hub) => hub.Cached.MapTenantSite();

    public void MapAdmin(AdminRoutes admin) => admin.Admins.MapAdminSettings();
}
