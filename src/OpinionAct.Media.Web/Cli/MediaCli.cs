using System.Text.Json;
using System.Text.Json.Serialization;
using OpinionAct.Media.Data;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Cli;

/// <summary>
/// The management CLI in the web executable, after Mastodon's tootctl. Uses the same
/// configuration as the web host (appsettings.json, <c>Media__*</c> environment variables).
/// Exit codes: 0 success, 1 the operation was refused (one line on stderr), 2 bad usage.
/// </summary>
public static class MediaCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "tenants", "recipes", "users", "search", "newsletters", "subscribers", "insights", "help" };

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public const string HelpText = """
        OpinionAct Media management commands
          tenants list [--json]
          tenants create --name N [--display-name D] [--host H]... [--prefix P] [--recipe R | --recipe-file PATH] [--theme T] [--json]
          tenants disable N | tenants enable N | tenants remove N --yes
          recipes list
          recipes run --tenant N (--recipe R | --recipe-file PATH) [--json]
          users add --tenant N --email E --role R   (password from stdin, or generated and printed once;
                                                     --tenant Default --role Agency adds agency staff)
          search rebuild --tenant N
          search queries --tenant N [--days D] [--zero-results] [--json]
          newsletters status --tenant N [--issue ID] [--json]   (sent, failed, pending, rate of issues)
          newsletters send --tenant N --issue ID                 (queue an issue now; the web nodes send it)
          insights topics --tenant N [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
          insights articles --tenant N [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                                                    (UTC days, both included; default: the last 30 days)
        """ + "\n" + SubscriberCommands.Help;

    public static bool Handles(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <param name="settings">Extra configuration, applied over appsettings and environment (tests use it).</param>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        TextReader stdin,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        CliArguments arguments;
        try
        {
            arguments = CliArguments.Parse(args);
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return Usage;
        }

        if (arguments.Words is ["help"] || arguments.Flag("help"))
        {
            await stdout.WriteLineAsync(HelpText);
            return Success;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // The CLI reports outcomes itself; framework logs would bury the one line that matters.
        builder.Logging.ClearProviders();
        builder.Services.AddMediaPlatform(builder.Environment.ContentRootPath, builder.Configuration);

        try
        {
            using var host = builder.Build();
            await host.Services.GetRequiredService<MediaDatabase>().MigrateHostAsync(CancellationToken.None);
            var context = new CliContext(host.Services, arguments, stdout, stderr, stdin);
            return await (arguments.Words switch
            {
                ["tenants", "list"] => TenantCommands.ListAsync(context),
                ["tenants", "create"] => TenantCommands.CreateAsync(context),
                ["tenants", "disable", var name] => TenantCommands.SetStateAsync(context, name, enable: false),
                ["tenants", "enable", var name] => TenantCommands.SetStateAsync(context, name, enable: true),
                ["tenants", "remove", var name] => TenantCommands.RemoveAsync(context, name),
                ["recipes", "list"] => RecipeCommands.ListAsync(context),
                ["recipes", "run"] => RecipeCommands.RunAsync(context),
                ["users", "add"] => UserCommands.AddAsync(context),
                ["search", "rebuild"] => SearchCommands.RebuildAsync(context),
                ["search", "queries"] => SearchCommands.QueriesAsync(context),
                ["newsletters", "status"] => NewsletterSendCommands.StatusAsync(context),
                ["newsletters", "send"] => NewsletterSendCommands.SendAsync(context),
                ["newsletters", "list"] => SubscriberCommands.ListNewslettersAsync(context),
                ["subscribers", "bounce"] => SubscriberCommands.ReportAsync(context, Data.Newsletters.DeliveryReportKind.HardBounce),
                ["subscribers", "complaint"] => SubscriberCommands.ReportAsync(context, Data.Newsletters.DeliveryReportKind.Complaint),
                ["subscribers", "unsuppress"] => SubscriberCommands.UnsuppressAsync(context),
                ["subscribers", "import"] => SubscriberCommands.ImportAsync(context),
                ["subscribers", "export"] => SubscriberCommands.ExportAsync(context),
                ["insights", "topics"] => InsightsCommands.TopicsAsync(context),
                ["insights", "articles"] => InsightsCommands.ArticlesAsync(context),
                _ => throw new CliUsageException($"Unknown command '{string.Join(' ', arguments.Words)}'. Run 'help' for the list."),
            });
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return Usage;
        }
        catch (MediaValidationException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return Failure;
        }
    }
}
