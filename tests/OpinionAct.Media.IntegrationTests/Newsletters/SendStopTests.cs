using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>A node stopped on purpose mid-send, the send options' arithmetic, and the tenant's theme in its emails.</summary>
public sealed class SendStopTests
{
    [Fact]
    public async Task Stop_should_record_messages_in_flight_and_give_back_leased_rows_so_another_node_finishes_exactly_once()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var smtp = new ScriptedSmtpServer { BeforeAccept = _ => Task.Delay(30) };
        string name;
        int issue;
        // A minute per message, not the sink's 10 s: on a loaded machine a slow reply would count as a transient failure and
        // be retried, which is the timeout's rule, not the stop's this test checks.
        var first = IssueSendingTests.Host(storage, smtp.Settings(), more: [("Media:Newsletters:Sending:Concurrency", "2"), ("Media:Newsletters:Sending:BatchSize", "20"), ("Media:Smtp:TimeoutSeconds", "60")]);
        try
        {
            name = await first.CreateTenantAsync(prefix: "stop");
            var seed = new IssueSeed(first, name);
            var newsletter = await seed.NewsletterAsync();
            await seed.SubscribersAsync(newsletter, 60);
            issue = await seed.IssueAsync(newsletter);
            await seed.QueueAsync(issue);
            await Eventually.TrueAsync(() => Task.FromResult(smtp.Count >= 10), TimeSpan.FromSeconds(30), "ten messages");
        }
        finally
        {
            await first.DisposeAsync();
        }

        // Counted by recipient and only for this hub (its List-Id names the tenant): the suite runs many SMTP servers on
        // loopback ports the system hands out again, and a message from another test's host must not be taken for ours.
        var accepted = Recipients(smtp, name);
        await using var second = IssueSendingTests.Host(storage, smtp.Settings(), worker: false);
        var after = new IssueSeed(second, name);
        var stopped = await after.DeliveriesAsync(issue);
        await using var third = IssueSendingTests.Host(storage, smtp.Settings());
        var progress = await new IssueSeed(third, name).SentAsync(issue);
        await Task.Delay(300);

        Assert.InRange(accepted.Count, 10, 59);
        Assert.DoesNotContain(stopped, d => d.State == DeliveryState.Sending);
        Assert.Equal(accepted.Order(), stopped.Where(d => d.State == DeliveryState.Sent).Select(d => d.Email).Order());
        Assert.All(stopped.Where(d => d.State == DeliveryState.Pending), d => Assert.Equal(0, d.Attempts));
        Assert.Equal(60, progress.Sent);
        Assert.Equal(Enumerable.Range(0, 60).Select(IssueSeed.Address).Order(), Recipients(smtp, name).Order());
    }

    /// <summary>The recipient of every message the server accepted from <paramref name="tenant"/>'s newsletters.</summary>
    private static List<string> Recipients(ScriptedSmtpServer smtp, string tenant) =>
        smtp.Messages
            .Where(m => m.Headers[MimeKit.HeaderId.ListId]?.Contains($".{tenant}.", StringComparison.Ordinal) == true)
            .Select(m => m.To.Mailboxes.Single().Address)
            .ToList();

    [Fact]
    public void Options_should_double_the_backoff_up_to_the_cap_and_apply_tenant_overrides()
    {
        var options = new NewsletterSendOptions
        {
            RetryBaseDelay = TimeSpan.FromMinutes(1),
            RetryMaxDelay = TimeSpan.FromMinutes(10),
            Concurrency = 4,
            MessagesPerSecond = 1000,
            Tenants = { ["slow"] = new TenantSendLimits { MessagesPerSecond = 5 } },
        };

        Assert.Equal([1, 2, 4, 8, 10, 10], new[] { 1, 2, 3, 4, 5, 30 }.Select(a => options.Backoff(a).TotalMinutes));
        Assert.Equal((4, 5.0), (options.LimitsFor("slow").Concurrency, options.LimitsFor("slow").MessagesPerSecond));
        Assert.Equal((4, 1000.0), (options.LimitsFor("other").Concurrency, options.LimitsFor("other").MessagesPerSecond));
    }

    [Fact]
    public async Task EmailTemplates_should_render_with_the_tenant_theme_and_absolute_links()
    {
        await using var storage = await TestStorage.CreateAsync();
        using var sink = new SmtpSink();
        await using var host = IssueSendingTests.Host(storage, sink.Settings(), worker: false);
        const string name = "mag";
        var created = await host.Provisioner.CreateAsync(new OpinionAct.Media.Web.Tenancy.TenantCreateRequest { Name = name, Prefix = name, Theme = "Magazine" }, default);
        Assert.True(created.Succeeded, created.Report.Summary);

        var email = await host.Get<EmailTemplates>().RenderAsync(name, "issue", new EmailView { Subject = "Sujet", NewsletterName = "Hebdo" }, new IssueEmailView { BodyHtml = "<p>Bonjour</p>" }, default);

        Assert.Contains("border-bottom:4px solid #c8102e", email.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://media.example/mag/\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("https://media.example/mag/", email.Text, StringComparison.Ordinal);
    }
}
