using System.Text.Json;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary><c>newsletters status</c> and <c>newsletters send</c> against a host's storage.</summary>
public sealed class NewsletterStatusCliTests
{
    [Fact]
    public async Task Status_should_report_sent_failed_and_pending_when_an_issue_was_queued_and_sent()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var smtp = new ScriptedSmtpServer { OnRecipient = (address, _) => address == IssueSeed.Address(2) ? "550 5.1.1 No such user" : null };
        await using var host = IssueSendingTests.Host(storage, smtp.Settings(), worker: false);
        var name = await host.CreateTenantAsync(prefix: "cli");
        var seed = new IssueSeed(host, name);
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 5);
        var issue = await seed.IssueAsync(newsletter);
        var draft = await seed.IssueAsync(newsletter, subject: "Pas encore");

        var queued = await CliRunner.RunAsync(storage, "newsletters", "send", "--tenant", name, "--issue", issue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var pending = await CliRunner.RunAsync(storage, "newsletters", "status", "--tenant", name, "--issue", issue.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        await host.Get<OpinionAct.Media.Web.Newsletters.IssueSender>().RunAsync(await IssueSendingTests.TenantAsync(host, name), issue, default);
        var sent = await CliRunner.RunAsync(storage, "newsletters", "status", "--tenant", name, "--issue", issue.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        var table = await CliRunner.RunAsync(storage, "newsletters", "status", "--tenant", name);
        var again = await CliRunner.RunAsync(storage, "newsletters", "send", "--tenant", name, "--issue", issue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var unknown = await CliRunner.RunAsync(storage, "newsletters", "status", "--tenant", name, "--issue", "999");
        var bad = await CliRunner.RunAsync(storage, "newsletters", "status", "--tenant", name, "--issue", "x");

        Assert.True(queued.ExitCode == 0, queued.ToString());
        Assert.Contains("queued for 5 recipient(s)", queued.Out, StringComparison.Ordinal);
        using (var before = JsonDocument.Parse(pending.Out))
        {
            Assert.Equal(("Sending", 5, 0, 5), (before.RootElement.GetProperty("status").GetString(), before.RootElement.GetProperty("total").GetInt32(),
                before.RootElement.GetProperty("sent").GetInt32(), before.RootElement.GetProperty("pending").GetInt32()));
        }

        using (var after = JsonDocument.Parse(sent.Out))
        {
            Assert.Equal(("Sent", 4, 1, 0), (after.RootElement.GetProperty("status").GetString(), after.RootElement.GetProperty("sent").GetInt32(),
                after.RootElement.GetProperty("failed").GetInt32(), after.RootElement.GetProperty("pending").GetInt32()));
            Assert.True(after.RootElement.TryGetProperty("messagesPerSecond", out _));
        }

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("Sent", table.Out, StringComparison.Ordinal);
        Assert.Contains("Pas encore", table.Out, StringComparison.Ordinal);
        Assert.Contains($"{draft}", table.Out, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.StartsWith("error: This issue is already being sent or was sent", again.Error, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("has no issue 999", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
    }
}
