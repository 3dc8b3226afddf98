using System.Globalization;
using System.Text.Json;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Cli;

namespace OpinionAct.Media.Web.Newsletters.Cli;

/// <summary><c>newsletters status | send</c>: the sending half's verbs (the subscriptions half keeps its own file).</summary>
internal static class NewsletterSendCommands
{
    /// <summary>Progress of one issue (<c>--issue</c>) or of the tenant's latest issues: sent, failed, pending, rate.</summary>
    public static async Task<int> StatusAsync(CliContext cli)
    {
        var args = cli.Arguments;
        var tenant = await ActiveTenantAsync(cli);
        var issueId = IssueId(args.Option("issue"));
        var json = args.Flag("json");
        args.RejectUnknownOptions();

        await using var scope = cli.Services.CreateTenantScope(tenant);
        var issues = await scope.ServiceProvider.GetRequiredService<IssueService>().StatusAsync(issueId, CancellationToken.None);
        if (issueId is not null && issues.Count == 0)
        {
            throw new MediaValidationException($"Tenant '{tenant.Name}' has no issue {issueId}; run 'newsletters status --tenant {tenant.Name}' for the list.");
        }

        var rows = new List<IssueStatusRow>();
        foreach (var (issue, progress) in issues)
        {
            rows.Add(new IssueStatusRow(issue.Id, issue.Newsletter, issue.Subject, progress.Status, issue.ScheduledUtc, progress.Total, progress.Sent,
                progress.Failed, progress.Skipped, progress.Pending, progress.Sending, progress.MessagesPerSecond, progress.QueuedUtc, progress.CompletedUtc, progress.Links));
        }

        if (json)
        {
            object payload = issueId is null ? rows : rows[0];
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(payload, MediaCli.Json));
            return MediaCli.Success;
        }

        if (rows.Count == 0)
        {
            await cli.Out.WriteLineAsync($"Tenant '{tenant.Name}' has no newsletter issues yet.");
            return MediaCli.Success;
        }

        await cli.Out.WriteLineAsync($"{"ISSUE",5} {"STATUS",-9} {"TOTAL",6} {"SENT",6} {"FAILED",6} {"SKIPPED",7} {"PENDING",7} {"LEASED",6} {"MSG/S",7}  SUBJECT");
        foreach (var row in rows)
        {
            await cli.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{row.Issue,5} {row.Status,-9} {row.Total,6} {row.Sent,6} {row.Failed,6} {row.Skipped,7} {row.Pending,7} {row.Leased,6} {row.MessagesPerSecond,7:0.0}  {row.Subject}"));
        }

        return MediaCli.Success;
    }

    /// <summary>Queues an issue now (recipients snapshotted); a web node's send worker sends it.</summary>
    public static async Task<int> SendAsync(CliContext cli)
    {
        var args = cli.Arguments;
        var tenant = await ActiveTenantAsync(cli);
        var issueId = IssueId(args.Required("issue"))!.Value;
        args.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var issues = scope.ServiceProvider.GetRequiredService<IssueService>();
        if (await issues.FindAsync(issueId, CancellationToken.None) is null)
        {
            throw new MediaValidationException($"Tenant '{tenant.Name}' has no issue {issueId}; run 'newsletters status --tenant {tenant.Name}' for the list.");
        }

        var count = await issues.QueueAsync(issueId, CancellationToken.None);
        await cli.Out.WriteLineAsync($"Issue {issueId} of '{tenant.Name}' queued for {count} recipient(s); the web nodes' send worker mails it. Follow it with 'newsletters status --tenant {tenant.Name} --issue {issueId}'.");
        return MediaCli.Success;
    }

    private static int? IssueId(string? text) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id
        : throw new CliUsageException($"--issue must be an issue number, not '{text}'.");

    private static async Task<TenantDescriptor> ActiveTenantAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();

        // A tenant not used since a deploy may lack the newest tables: migrate it as its first request would.
        await cli.Get<TenantActivator>().EnsureActivatedAsync(tenant.Name);
        return tenant;
    }

    private sealed record IssueStatusRow(int Issue, string Newsletter, string Subject, string Status, DateTime? ScheduledUtc, int Total, int Sent, int Failed, int Skipped,
        int Pending, int Leased, double MessagesPerSecond, DateTime? QueuedUtc, DateTime? CompletedUtc, IReadOnlyList<IssueLinkClicks> Links);
}
