using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Bounces;
using OpinionAct.Media.Web.Deliverability;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.ApiDocs;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Ambassadors;
using OpinionAct.Media.Web.CorrectionNotices;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Insights;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Portability;
using OpinionAct.Media.Web.Recipes;
using OpinionAct.Media.Web.ScaleOut;
using OpinionAct.Media.Web.Search;
using OpinionAct.Media.Web.Site;
using OpinionAct.Media.Web.Subscriptions;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Questions;
using OpinionAct.Media.Web.Themes;
using OpinionAct.Media.Web.Webhooks;
using OpinionAct.Media.Web.Syndication;

// `dotnet run --project src/OpinionAct.Media.Web -- tenants list` (or the built dll with the same
// verbs) runs a management command instead of the web host.
if (MediaCli.Handles(args))
{
    return await MediaCli.RunAsync(args, Console.Out, Console.Error, Console.In);
}

// The generic web host rather than WebApplication: WebApplication shares one route table with every
// branch and adds authentication at the start of the pipeline, and the public API offers no way to
// opt out of either. MediaPipeline needs separate tables for the console and the hubs, and
// authentication only where a branch places it.
using var host = Host.CreateDefaultBuilder(args)
    .ConfigureHostConfiguration(config => config.AddInMemoryCollection(MediaCli.HostDefaults))
    .ConfigureAppConfiguration((context, config) => config.AddShippedDefaults(context.HostingEnvironment.ContentRootPath))
    .ConfigureLogging((context, logging) => logging.AddMediaConsoleFormat(context.Configuration))
    .ConfigureWebHostDefaults(web => web
        .ConfigureServices((context, services) =>
        {
            services.AddMediaPlatform(context.HostingEnvironment.ContentRootPath, context.Configuration).AddMediaWeb().AddMediaTelemetry(context.Configuration);
            services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(20));
        })
        .Configure(app => app.UseMediaPipeline()))
    .Build();
await host.RunAsync();
return 0;

/// <summary>The web host's entry point (public so integration tests can start it), and the product's table of contents.</summary>
public partial class Program
{
    /// <summary>
    /// Every capability of the product, one module each (docs/architecture.md). The host and the CLI
    /// register, map and list commands in this order.
    /// </summary>
    internal static IReadOnlyList<IMediaModule> Modules { get; } =
    [
        new TenancyModule(),
        new RecipesModule(),
        new AccountsModule(),
        new ContentModule(),
        new MediaLibraryModule(),
        new ThemesModule(),
        new SiteModule(),
        new SearchModule(),
        new NewslettersModule(),
        new DeliverabilityModule(),
        new BouncesModule(),
        new SubscriptionsModule(),
        new QuestionsModule(),
        new CorrectionNoticesModule(),
        new AmbassadorsModule(),
        new SyndicationModule(),
        new AnalyticsModule(),
        new InsightsModule(),
        new AgencyModule(),
        new ApisModule(),
        new WebhooksModule(),
        new ApiDocsModule(),
        new AuditModule(),
        new PortabilityModule(),
        new ScaleOutModule(),
    ];
}
