using OpinionAct.Media.Content;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Web.Site;

public static class SiteServices
{
    /// <summary>The public site of every hub: reader, page builder, theme renderer and output cache.</summary>
    public static IServiceCollection AddPublicSite(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<SiteReader>();
        services.AddScoped<SitePages>();
        services.AddSingleton<SiteOutputCache>();
        services.AddSingleton<MinifiedStylesheets>();
        services.AddOutputCache();
        services.AddSingleton<OutputCacheInvalidator>();
        services.AddSingleton<IContentChangeListener>(sp => sp.GetRequiredService<OutputCacheInvalidator>());
        services.AddSingleton<ITenantContentObserver>(sp => sp.GetRequiredService<OutputCacheInvalidator>());
        return services;
    }
}
