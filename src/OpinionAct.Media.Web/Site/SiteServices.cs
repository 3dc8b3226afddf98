using OpinionAct.Media.Content;
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
        services.AddOutputCache();
        services.AddSingleton<IContentChangeListener, OutputCacheInvalidator>();
        return services;
    }
}
