using System.Globalization;
using System.Text.Json;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Insights;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Insights;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Cli;

namespace OpinionAct.Media.Web.Insights.Cli;

/// <summary><c>insights topics | articles</c>: the dashboard's numbers, from the same service.</summary>
internal static class InsightsCommands
{
    public static async Task<int> TopicsAsync(CliContext cli)
    {
        var (tenant, period, json) = await ArgumentsAsync(cli);
        var report = await ReportAsync(cli, tenant, period);
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(new { report.From, report.To, report.Current, topics = report.Topics, experts = report.Experts }, MediaCli.Json));
            return MediaCli.Success;
        }

        await cli.Out.WriteLineAsync($"Topics of '{tenant.Name}', {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd} (visitors = sum of daily unique visitors):");
        await WriteSubjectsAsync(cli, "TOPIC", report.Topics);
        await cli.Out.WriteLineAsync();
        await WriteSubjectsAsync(cli, "EXPERT", report.Experts);
        return MediaCli.Success;
    }

    public static async Task<int> ArticlesAsync(CliContext cli)
    {
        var (tenant, period, json) = await ArgumentsAsync(cli);
        var report = await ReportAsync(cli, tenant, period);
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(new { report.From, report.To, report.Current, articles = report.Articles }, MediaCli.Json));
            return MediaCli.Success;
        }

        await cli.Out.WriteLineAsync($"Articles of '{tenant.Name}', {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd} (visitors = sum of daily unique visitors):");
        await cli.Out.WriteLineAsync($"{"VIEWS",8} {"VISITORS",8} {"ENGAGED_S",9} {"COMPLETE%",9} {"SIGNUPS",7} {"CONFIRM",7} {"SHARES",6}  ARTICLE");
        foreach (var a in report.Articles)
        {
            await cli.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{a.Views,8} {a.Visitors,8} {a.AvgEngagedSeconds,9:0.0} {a.CompletionRate * 100,9:0.0} {a.Signups,7} {a.ConfirmedSignups,7} {a.Shares,6}  {a.Title} (/{a.Path})"));
        }

        return MediaCli.Success;
    }

    private static async Task WriteSubjectsAsync(CliContext cli, string label, IReadOnlyList<SubjectInsight> rows)
    {
        await cli.Out.WriteLineAsync($"{"VIEWS",8} {"VISITORS",8} {"ENGAGED_S",9} {"COMPLETE%",9} {"RETURN%",7} {"SIGNUPS",7} {"CONFIRM",7} {"DEMAND",6} {"SOURCES",7} {"CORR",4} {"EXPERT%",7} {"SCORE",5}  {label}");
        foreach (var t in rows)
        {
            await cli.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{t.Views,8} {t.Visitors,8} {t.AvgEngagedSeconds,9:0.0} {t.CompletionRate * 100,9:0.0} {t.ReturningShare * 100,7:0.0} {t.Signups,7} {t.ConfirmedSignups,7} {t.SearchDemand,6} {t.AvgSources,7:0.00} {t.Corrections,4} {t.ExpertBylineShare * 100,7:0} {(t.Score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : "-"),5}  {t.Name} ({t.Slug})"));
        }
    }

    private static async Task<InsightsReport> ReportAsync(CliContext cli, TenantDescriptor tenant, InsightsPeriod period)
    {
        await cli.Get<TenantActivator>().EnsureActivatedAsync(tenant.Name);
        await using var scope = cli.Services.CreateTenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<InsightsService>().ReportAsync(period, CancellationToken.None);
    }

    private static async Task<(TenantDescriptor Tenant, InsightsPeriod Period, bool Json)> ArgumentsAsync(CliContext cli)
    {
        var args = cli.Arguments;
        var name = args.Required("tenant");
        var from = args.Option("from");
        var to = args.Option("to");
        var json = args.Flag("json");
        args.RejectUnknownOptions();
        InsightsPeriod period;
        try
        {
            period = InsightsPeriod.Parse(from, to, DateOnly.FromDateTime(cli.Get<TimeProvider>().GetUtcNow().UtcDateTime));
        }
        catch (MediaValidationException ex) when (!InsightsPeriod.IsWellFormed(from) || !InsightsPeriod.IsWellFormed(to))
        {
            // A malformed date is a usage error (exit 2); a well-formed one that is refused (out of range,
            // the wrong way round, too long a period) is a validation error (exit 1), like an unknown tenant.
            throw new CliUsageException(ex.Message);
        }

        var tenant = await cli.Get<ITenantStore>().FindAsync(name, CancellationToken.None) ?? throw TenantStore.UnknownTenant(name);
        return tenant.State == TenantState.Uninitialized ? throw new MediaValidationException($"Tenant '{name}' is still being set up.") : (tenant, period, json);
    }
}
