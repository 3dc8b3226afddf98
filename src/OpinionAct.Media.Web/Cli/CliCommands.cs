using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Web.Cli;

/// <summary>
/// Every verb of the CLI with its usage: the one table that dispatch, <c>--help</c> and the usage
/// printed on a mistake are read from, so they cannot disagree.
/// </summary>
internal static class CliCommands
{
    public static readonly IReadOnlyList<CliCommand> All =
    [
        new(["tenants", "list"], "tenants list [--json]", TenantCommands.ListAsync),
        new(
            ["tenants", "create"],
            """
            tenants create --name N [--display-name D] [--host H]... [--prefix P] [--recipe R | --recipe-file PATH] [--theme T] [--json]
                (without --display-name: the recipe's SiteName, else N; without --host and --prefix: prefix N)
            """,
            TenantCommands.CreateAsync),
        new(["tenants", "disable"], "tenants disable N", cli => TenantCommands.SetStateAsync(cli, cli.Arguments.Words[2], enable: false), Positionals: 1),
        new(["tenants", "enable"], "tenants enable N", cli => TenantCommands.SetStateAsync(cli, cli.Arguments.Words[2], enable: true), Positionals: 1),
        new(["tenants", "remove"], "tenants remove N --yes   (deletes its database, index and media for good)", cli => TenantCommands.RemoveAsync(cli, cli.Arguments.Words[2]), Positionals: 1),
        new(["recipes", "list"], "recipes list", RecipeCommands.ListAsync),
        new(["recipes", "run"], "recipes run --tenant N (--recipe R | --recipe-file PATH) [--json]", RecipeCommands.RunAsync),
        new(
            ["users", "add"],
            """
            users add --tenant N --email E --role R   (password from stdin, or generated and printed once;
                                                       --tenant Default --role Agency adds agency staff)
            """,
            UserCommands.AddAsync),
        new(["search", "rebuild"], "search rebuild --tenant N", SearchCommands.RebuildAsync),
        new(["search", "queries"], "search queries --tenant N [--days D] [--zero-results] [--json]", SearchCommands.QueriesAsync),
        new(["newsletters", "status"], "newsletters status --tenant N [--issue ID] [--json]   (sent, failed, pending, rate of issues)", NewsletterSendCommands.StatusAsync),
        new(["newsletters", "send"], "newsletters send --tenant N --issue ID                 (queue an issue now; the web nodes send it)", NewsletterSendCommands.SendAsync),
        new(["newsletters", "list"], "newsletters list --tenant N [--json]", SubscriberCommands.ListNewslettersAsync),
        new(["subscribers", "bounce"], "subscribers bounce --tenant N --email E [--soft] [--detail TEXT]   (hard by default: suppresses at once)", cli => SubscriberCommands.ReportAsync(cli, DeliveryReportKind.HardBounce)),
        new(["subscribers", "complaint"], "subscribers complaint --tenant N --email E [--detail TEXT]", cli => SubscriberCommands.ReportAsync(cli, DeliveryReportKind.Complaint)),
        new(["subscribers", "unsuppress"], "subscribers unsuppress --tenant N --email E", SubscriberCommands.UnsuppressAsync),
        new(["subscribers", "import"], "subscribers import --tenant N --file PATH.csv [--skip-invalid] [--json]", SubscriberCommands.ImportAsync),
        new(["subscribers", "export"], "subscribers export --tenant N [--file PATH.csv]   (stdout without --file)", SubscriberCommands.ExportAsync),
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

    /// <summary>The first words of every command (<c>tenants</c>, <c>users</c>...), plus <c>help</c>.</summary>
    public static readonly IReadOnlySet<string> Verbs = All.Select(c => c.Words[0]).Append("help").ToHashSet(StringComparer.Ordinal);

    /// <summary>Everything: what <c>help</c> prints, and what a mistyped verb is answered with.</summary>
    public static string Usage() => Usage(All, "OpinionAct Media management commands (each answers --help)");

    /// <summary>The usage of every command starting with <paramref name="words"/> (<c>tenants</c>: all of them).</summary>
    public static string Usage(IReadOnlyList<string> words) =>
        Usage(All.Where(c => c.Matches(words) || CliCommand.StartsWith(c.Words, words)), "usage:");

    private static string Usage(IEnumerable<CliCommand> commands, string title) =>
        title + "\n" + string.Join("\n", commands.SelectMany(c => c.Usage.Split('\n')).Select(line => "  " + line.TrimEnd()));
}
