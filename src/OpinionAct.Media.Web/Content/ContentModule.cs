using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.ContentApi;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Content.Api;
using OpinionAct.Media.Web.Content.Admin;
using OpinionAct.Media.Web.Content.Cli;
using OpinionAct.Media.Web.Content.Import;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.MediaLibrary.Usage;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content;

/// <summary>
/// Content: articles (with revisions and scheduling), topics, experts, pages and redirects; their
/// services, recipe importers and admin pages.
/// </summary>
internal sealed class ContentModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<MarkdownRenderer>();

        // Stores share the scope's tenant context, so ContentUnit saves what any of them staged in one go.
        services.AddScoped<ContentUnit>();
        services.AddScoped<ArticleStore>();
        services.AddScoped<TopicStore>();
        services.AddScoped<ExpertStore>();
        services.AddScoped<PageStore>();
        services.AddScoped<RedirectStore>();
        services.AddScoped<SiteSettingsStore>();
        services.AddScoped<ContentUserStore>();

        services.AddScoped<ArticleService>();
        services.AddScoped<TopicService>();
        services.AddScoped<ExpertService>();
        services.AddScoped<PageService>();
        services.AddScoped<RedirectService>();
        services.AddScoped<IMediaUsageSource, ContentMediaUsage>();
        services.AddSingleton<IContentChangeListener, ContentVersionPublisher>();
        services.AddScoped<SettingsService>();

        services.AddScoped<PageImporter>();
        services.AddScoped<IContentItemImporter, TopicImporter>();
        services.AddScoped<IContentItemImporter, ExpertImporter>();
        services.AddScoped<IContentItemImporter>(sp => sp.GetRequiredService<PageImporter>());
        services.AddScoped<IContentItemImporter, ArticleImporter>();
        services.AddScoped<IContentItemImporter, MenuImporter>();
        services.AddScoped<IRecipeStepHandler, RedirectsStep>();

        // The public Content API's reads and its per-hub key.
        services.AddScoped<ContentApiStore>();
        services.AddScoped<ContentKeyService>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddScoped<AdminReader>();
        services.AddSingleton<ScheduledPublisher>();
        services.AddSingleton<ITenantJob>(sp => sp.GetRequiredService<ScheduledPublisher>());
        services.AddScoped<ContentApiService>();
        services.AddSingleton<ContentApiCache>();
    }

    public IEnumerable<CliCommand> Commands =>
    [
        new(["content-key", "show"], "content-key show --tenant N [--json]   (the Content API key and whether reads require it)", ContentKeyCommands.ShowAsync),
        new(["content-key", "regenerate"], "content-key regenerate --tenant N [--json]   (a new Content API key; the old one is refused at once)", ContentKeyCommands.RegenerateAsync),
        new(["content-key", "require"], "content-key require --tenant N --required yes|no   (whether Content API reads need the key)", ContentKeyCommands.RequireAsync),
    ];

    public void MapAdmin(AdminRoutes admin)
    {
        admin.Writers.MapAdminArticles();
        admin.Writers.MapAdminRevisions();
        admin.Publishers.MapAdminTopics();
        admin.Publishers.MapAdminExperts();
        admin.Publishers.MapAdminPages();
        admin.Publishers.MapAdminRedirects();
        admin.Admins.MapAdminContentKey();
    }

    public void MapApi(ApiRoutes api)
    {
        ContentApiEndpoints.Map(api.Content);
        AdminArticlesApi.Map(api);
        AdminCatalogApi.Map(api);
    }
}
