namespace OpinionAct.Media.Web.Newsletters;

/// <summary>Registers the issues-and-sending half: email templates, issues, the send queue and its worker's parts.</summary>
public static class NewsletterIssueServices
{
    public static IServiceCollection AddNewsletterIssues(this IServiceCollection services)
    {
        services.AddSingleton<EmailTemplates>();
        services.AddOptions<NewsletterSendOptions>().BindConfiguration(NewsletterSendOptions.SectionName);
        services.AddScoped<IssueComposer>();
        services.AddScoped<IssueService>();
        services.AddScoped<DeliveryStore>();
        services.AddSingleton<IssueSender>();
        return services;
    }

    /// <summary>The web host's part: the background service that works the send queue.</summary>
    public static IServiceCollection AddNewsletterSendWorker(this IServiceCollection services)
    {
        services.AddSingleton<NewsletterSendWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<NewsletterSendWorker>());
        return services;
    }
}
