using System.Diagnostics;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>
/// The send worker's crash guarantee with a real crash: the web host runs as its own process (the built dll), is
/// killed while the SMTP server holds one message unanswered, and a new node finishes the issue.
/// </summary>
public sealed class SendCrashTests
{
    [Fact]
    public async Task Send_should_resume_with_no_duplicate_and_no_gap_when_the_sending_process_is_killed_mid_send()
    {
        const int recipients = 40;
        await using var storage = await TestStorage.CreateAsync();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var smtp = new ScriptedSmtpServer();
        smtp.BeforeAccept = async number =>
        {
            if (number == 15)
            {
                held.TrySetResult();
                await release.Task;
            }
        };

        string name;
        int issue;
        await using (var setup = IssueSendingTests.Host(storage, smtp.Settings(), worker: false))
        {
            name = await setup.CreateTenantAsync(prefix: "crash");
            var seed = new IssueSeed(setup, name);
            var newsletter = await seed.NewsletterAsync();
            await seed.SubscribersAsync(newsletter, recipients);
            issue = await seed.IssueAsync(newsletter);
            await seed.QueueAsync(issue);
        }

        using (var node = StartNode(storage, smtp.Port))
        {
            try
            {
                await held.Task.WaitAsync(TimeSpan.FromSeconds(90));
                node.Kill(entireProcessTree: true);
                await node.WaitForExitAsync();
            }
            finally
            {
                release.TrySetResult();
            }
        }

        var beforeRestart = smtp.Count;
        await using var survivor = IssueSendingTests.Host(storage, smtp.Settings(), worker: true);
        var progress = await new IssueSeed(survivor, name).SentAsync(issue, TimeSpan.FromSeconds(60));
        await Task.Delay(300);

        var received = smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal(14, beforeRestart);
        Assert.Equal(recipients, progress.Sent);
        Assert.Equal(recipients, received.Count);
        Assert.Equal(Enumerable.Range(0, recipients).Select(IssueSeed.Address).Order(), received.Order());
    }

    /// <summary>The built web host on the test's storage, one SMTP connection, short leases so the survivor need not wait long.</summary>
    private static Process StartNode(TestStorage storage, int smtpPort)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = false, RedirectStandardError = false, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpinionAct.Media.Web.dll"));
        foreach (var (key, value) in storage.Settings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Media__Smtp__Host"] = "127.0.0.1";
        start.Environment["Media__Smtp__Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Media__Smtp__TlsMode"] = "None";
        start.Environment["Media__Newsletters__Sending__PollInterval"] = "00:00:00.200";
        start.Environment["Media__Newsletters__Sending__Concurrency"] = "1";
        start.Environment["Media__Newsletters__Sending__BatchSize"] = "10";
        start.Environment["Media__Newsletters__Sending__MessagesPerSecond"] = "0";
        start.Environment["Media__Newsletters__Sending__LeaseDuration"] = "00:00:04";
        start.Environment["Media__Subscriptions__PublicBaseUrl"] = "https://media.example";
        return Process.Start(start)!;
    }
}
