using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Search;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Search.Cli;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// Search: a Lucene index per tenant on this node, kept current as content changes (web nodes only:
/// the CLI never opens an index a node holds), the search page and API with query logging, and the
/// <c>search</c> verbs.
/// </summary>
internal sealed class SearchModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<TenantSearchIndexes>();
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<TenantSearchIndexes>());
        services.AddSingleton<SearchIndexVersions>();
        services.AddSingleton<ITenantContentObserver>(sp => sp.GetRequiredService<SearchIndexVersions>());
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<SearchIndexVersions>());
        services.AddSingleton<SearchQueryIds>();
        services.AddSingleton<SearchQueryLogStore>();
        services.AddSingleton<SearchQueryLog>();
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<SearchQueryLog>());
        services.AddScoped<SearchIndexStore>();
        services.AddScoped<SearchQueryStore>();
        services.AddScoped<SearchIndexer>();
        services.AddScoped<SiteSearch>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<IContentChangeListener, SearchIndexListener>();

        // Each node's indexes catch up in the background (built from the database on a new node, before it is ready).
        services.AddSingleton<SearchCatchUp>();
        services.AddSingleton<ITenantContentObserver>(sp => sp.GetRequiredService<SearchCatchUp>());
        services.AddHostedService<SearchCatchUpWorker>();
        services.AddHealthChecks().AddCheck<SearchCatchUpHealthCheck>("search", tags: ["ready"]);
    }

    public IEnumerable<CliCommand> Commands =>
    [
        new(["search", "rebuild"], "search rebuild --tenant N", SearchCommands.RebuildAsync),
        new(["search", "queries"], "search queries --tenant N [--days D] [--zero-results] [--json]", SearchCommands.QueriesAsync),
    ];

    public void MapHub(HubRoutes hub) => hub.Public.MapSiteSearch();
}
