namespace OpinionAct.Media.Web.Newsletters;

/// <summary>The subscriptions side of newsletters: newsletters, double opt-in, preferences, suppression, import/export, mail settings.</summary>
public static class SubscriptionServices
{
    /// <summary>For the web host and the CLI alike.</summary>
    public static IServiceCollection AddSubscriptions(this IServiceCollection services)
    {
        services.AddScoped<NewsletterService>();
        services.AddScoped<SubscriptionService>();
        services.AddScoped<SignupService>();
        services.AddScoped<SubscriptionPages>();
        services.AddScoped<ConfirmationMailer>();
        services.AddScoped<SuppressionService>();
        services.AddScoped<SubscriberImporter>();
        services.AddScoped<NewsletterSettingsService>();
        services.AddSingleton<ConfirmationOutbox>();
        services.AddSingleton<SignupThrottle>();
        services.AddSingleton<TenantSmtpSettings>();
        return services;
    }

    /// <summary>Web host only: the worker that sends queued confirmation emails.</summary>
    public static IServiceCollection AddSubscriptionWorkers(this IServiceCollection services)
    {
        services.AddHostedService<ConfirmationMailWorker>();
        return services;
    }
}
