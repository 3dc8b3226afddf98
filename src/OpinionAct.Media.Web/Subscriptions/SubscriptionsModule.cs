using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Subscriptions;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Subscriptions.Admin;
using OpinionAct.Media.Web.Subscriptions.Api;
using OpinionAct.Media.Web.Subscriptions.Cli;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Subscriptions: signup (form and API) with double opt-in and its proof of consent, confirmation
/// mails and their worker, the pages emailed links land on, preferences, suppression (bounces and
/// complaints), CSV import and export, the subscribers page and the <c>subscribers</c> verbs.
/// </summary>
internal sealed class SubscriptionsModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<SubscriptionOptions>().BindConfiguration(SubscriptionOptions.SectionName);
        services.AddScoped<SubscriberStore>();
        services.AddScoped<ConsentStore>();
        services.AddSingleton<SubscriberLinks>();
        services.AddScoped<SubscriptionService>();
        services.AddScoped<SignupService>();
        services.AddScoped<SignupAttribution>();
        services.AddScoped<SubscriptionPages>();
        services.AddScoped<ConfirmationMailer>();
        services.AddScoped<SuppressionService>();
        services.AddScoped<SubscriberImporter>();
        services.AddSingleton<ConfirmationOutbox>();
        services.AddSingleton<SignupThrottle>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<ConfirmationMailWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ConfirmationMailWorker>());
        services.AddSingleton<ITenantJob>(sp => sp.GetRequiredService<ConfirmationMailWorker>());
    }

    public IEnumerable<CliCommand> Commands =>
    [
        new(["newsletters", "list"], "newsletters list --tenant N [--json]", SubscriberCommands.ListNewslettersAsync),
        new(["subscribers", "bounce"], "subscribers bounce --tenant N --email E [--soft] [--detail TEXT]   (hard by default: suppresses at once)", cli => SubscriberCommands.ReportAsync(cli, DeliveryReportKind.HardBounce)),
        new(["subscribers", "complaint"], "subscribers complaint --tenant N --email E [--detail TEXT]", cli => SubscriberCommands.ReportAsync(cli, DeliveryReportKind.Complaint)),
        new(["subscribers", "unsuppress"], "subscribers unsuppress --tenant N --email E", SubscriberCommands.UnsuppressAsync),
        new(["subscribers", "import"], "subscribers import --tenant N --file PATH.csv [--skip-invalid] [--json]", SubscriberCommands.ImportAsync),
        new(["subscribers", "export"], "subscribers export --tenant N [--file PATH.csv]   (stdout without --file)", SubscriberCommands.ExportAsync),
    ];

    public void MapHub(HubRoutes hub)
    {
        hub.PerReader.MapSignup();
        hub.Public.MapGet("/signup.js", SignupScript.Serve);
        hub.PerReader.MapSubscriberLinks();
    }

    public void MapAdmin(AdminRoutes admin) => admin.Admins.MapAdminSubscribers();

    public void MapApi(ApiRoutes api) => AdminSubscribersApi.Map(api);
}
