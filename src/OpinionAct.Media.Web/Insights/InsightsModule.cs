using OpinionAct.Media.Data.Insights;
using OpinionAct.Media.Insights;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Insights.Admin;
using OpinionAct.Media.Web.Insights.Api;
using OpinionAct.Media.Web.Insights.Cli;
using OpinionAct.Media.Web.Insights.Console;
using OpinionAct.Media.Web.Insights.Demo;

namespace OpinionAct.Media.Web.Insights;

/// <summary>
/// Insights: what readers' behaviour says about topics and articles, for a hub's editors (admin page,
/// CSV) and across hubs for the agency (console page), and the <c>insights</c> verbs.
/// </summary>
internal sealed class InsightsModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.SectionName);
        services.AddScoped<InsightsStore>();
        services.AddScoped<InsightsService>();
        services.AddScoped<DemoHistoryStore>();
        services.AddScoped<DemoHistoryService>();
        services.AddScoped<IRecipeStepHandler, DemoHistoryStep>();
    }

    public IEnumerable<CliCommand> Commands =>
    [
        new(
            ["insights", "topics"],
            """
            insights topics --tenant N [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                (UTC days, both included; default: the last 30 days)
            """,
            InsightsCommands.TopicsAsync),
        new(
            ["insights", "articles"],
            """
            insights articles --tenant N [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                (UTC days, both included; default: the last 30 days)
            """,
            InsightsCommands.ArticlesAsync),
    ];

    public void MapAdmin(AdminRoutes admin)
    {
        admin.Writers.MapAdminInsights();
        admin.Admins.MapAdminDemoHistory();
    }

    public void MapApi(ApiRoutes api) => AdminInsightsApi.Map(api);

    public void MapConsole(ConsoleRoutes console) => console.Staff.MapAgencyInsights();
}
