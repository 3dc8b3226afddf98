using OpinionAct.Media.Content;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Web.Content.Import;

namespace OpinionAct.Media.Web.Content;

public static class ContentServices
{
    /// <summary>Articles, topics, experts, pages and redirects; their recipe importers and the scheduler.</summary>
    public static IServiceCollection AddContent(this IServiceCollection services)
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
        return services;
    }
}
