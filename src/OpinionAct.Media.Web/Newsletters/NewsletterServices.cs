using OpinionAct.Media.Newsletters;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>Registers the newsletter capability: mail transport, subscriptions, issues and the send queue.</summary>
public static class NewsletterServices
{
    public static IServiceCollection AddNewsletters(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName);
        services.AddSingleton<IMailTransport, SmtpMailTransport>();
        services.AddSingleton<SignedTokens>();
        services.AddOptions<SubscriptionOptions>().BindConfiguration(SubscriptionOptions.SectionName);
        services.AddSingleton<SubscriberLinks>();
        services.AddSubscriptions();
        services.AddNewsletterIssues();
        return services;
    }
}
