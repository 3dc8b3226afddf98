using OpinionAct.Media.Content;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Content.Admin;
using OpinionAct.Media.Web.Content.Import;
using OpinionAct.Media.Web.Hosting;

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
        services.AddScoped<ArticleService>();
        services.AddScoped<TopicService>();
        services.AddScoped<ExpertService>();
        services.AddScoped<PageService>();
        services.AddScoped<RedirectService>();
        services.AddSingleton<IContentChangeListener, ContentVersionPublisher>();
        services.AddScoped<SettingsService>();

        services.AddScoped<PageImporter>();
        services.AddScoped<IContentItemImporter, TopicImporter>();
        services.AddScoped<IContentItemImporter, ExpertImporter>();
        services.AddScoped<IContentItemImporter>(sp => sp.GetRequiredService<PageImporter>());
        services.AddScoped<IContentItemImporter, ArticleImporter>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
    }

    public void MapAdmin(AdminRoutes admin)
    {
        admin.Writers.MapAdminArticles();
        admin.Writers.MapAdminRevisions();
        admin.Publishers.MapAdminTopics();
        admin.Publishers.MapAdminExperts();
        admin.Publishers.MapAdminPages();
        admin.Publishers.MapAdminRedirects();
    }
}
