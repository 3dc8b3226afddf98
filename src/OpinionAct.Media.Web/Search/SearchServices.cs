using OpinionAct.Media.Content;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Search;

public static class SearchServices
{
    /// <summary>Per-tenant indexes on this node, the indexer replaying the log, and public search with query logging.</summary>
    public static IServiceCollection AddSiteSearch(this IServiceCollection services)
    {
        services.AddSingleton<TenantSearchIndexes>();
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<TenantSearchIndexes>());
        services.AddScoped<SearchIndexer>();
        services.AddScoped<SiteSearch>();
        return services;
    }

    /// <summary>Web nodes keep their index current as content changes here; the CLI never opens an index a node holds.</summary>
    public static IServiceCollection AddSearchIndexing(this IServiceCollection services) =>
        services.AddSingleton<IContentChangeListener, SearchIndexListener>();
}
