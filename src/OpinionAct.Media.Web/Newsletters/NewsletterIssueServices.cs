namespace OpinionAct.Media.Web.Newsletters;

/// <summary>Registers the issues-and-sending half: email templates, issues, the send queue and its worker's parts.</summary>
public static class NewsletterIssueServices
{
    public static IServiceCollection AddNewsletterIssues(this IServiceCollection services)
    {
        services.AddSingleton<EmailTemplates>();
        return services;
    }
}
