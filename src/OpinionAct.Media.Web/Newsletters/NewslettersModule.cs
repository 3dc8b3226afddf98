using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Newsletters.Admin;
using OpinionAct.Media.Web.Newsletters.Api;
using OpinionAct.Media.Web.Newsletters.Cli;
using OpinionAct.Media.Web.Newsletters.Recipes;
using OpinionAct.Media.Web.MediaLibrary.Usage;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Newsletters and their issues: the mail transport (host SMTP or the tenant's own), email templates,
/// composing, the crash-safe send queue and its worker, signed links, delivery reports from the mail
/// provider, the newsletters, issues and mail settings pages, the <c>newsletters</c> recipe step and verbs.
/// </summary>
internal sealed class NewslettersModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<NewsletterStore>();
        services.AddScoped<NewsletterSettingsStore>();
        services.AddScoped<IssueStore>();
        services.AddScoped<DeliveryStore>();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName);
        services.AddSingleton<IMailTransport, SmtpMailTransport>();
        services.AddSingleton<TenantSmtpSettings>();
        services.AddSingleton<SignedTokens>();
        services.AddScoped<NewsletterService>();
        services.AddScoped<NewsletterSettingsService>();
        services.AddSingleton<EmailTemplates>();
        services.AddOptions<NewsletterSendOptions>().BindConfiguration(NewsletterSendOptions.SectionName);
        services.AddScoped<IssueComposer>();
        services.AddScoped<IssueService>();
        services.AddScoped<IMediaUsageSource, NewsletterMediaUsage>();
        services.AddSingleton<IssueSender>();
        services.AddScoped<IRecipeStepHandler, NewslettersStep>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<NewsletterSendWorker>();
        services.AddSingleton<ITenantJob>(sp => sp.GetRequiredService<NewsletterSendWorker>());
    }

    public IEnumerable<CliCommand> Commands =>
    [
        new(["newsletters", "status"], "newsletters status --tenant N [--issue ID] [--json]   (sent, failed, pending, rate of issues)", NewsletterSendCommands.StatusAsync),
        new(["newsletters", "send"], "newsletters send --tenant N --issue ID                 (queue an issue now; the web nodes send it)", NewsletterSendCommands.SendAsync),
    ];

    public void MapHub(HubRoutes hub) => hub.PerReader.MapDeliveryReports();

    public void MapAdmin(AdminRoutes admin)
    {
        admin.Publishers.MapAdminNewsletters();
        admin.Publishers.MapAdminIssues();
        admin.Admins.MapAdminMailSettings();
    }

    public void MapApi(ApiRoutes api) => AdminIssuesApi.Map(api);
}
