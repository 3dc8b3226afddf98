using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>Both halves together: a reader signs up, confirms, receives an issue, and leaves through its links.</summary>
public sealed partial class ReaderJourneyTests
{
    [Fact]
    public async Task Reader_should_sign_up_confirm_receive_an_issue_and_leave_with_its_one_click_header()
    {
        await using var storage = await TestStorage.CreateAsync();
        using var sink = new SmtpSink();
        await using var host = IssueSendingTests.Host(storage, sink.Settings(), worker: true, more: [("Media:Subscriptions:PublicBaseUrl", "http://localhost")]);
        var tenant = await host.CreateTenantAsync(prefix: "journey");
        var seed = new IssueSeed(host, tenant);
        var newsletter = await seed.NewsletterAsync();
        var client = host.Client();

        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/journey/api/subscribe", new { email = "journey@reader.example", newsletters = new[] { "hebdo" } })).StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(sink.Count == 1), TimeSpan.FromSeconds(15), "the confirmation");
        var confirm = new Uri(ConfirmLink().Match(sink.Messages[0].TextBody!).Value);
        var token = confirm.Query[(confirm.Query.IndexOf('=', StringComparison.Ordinal) + 1)..];
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(confirm.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }))).StatusCode);

        var issue = await seed.IssueAsync(newsletter);
        Assert.Equal(1, await seed.QueueAsync(issue));
        await seed.SentAsync(issue);
        var received = sink.Messages.Single(m => m.Subject == "Le réseau sous tension");
        var manage = ManageLink().Match(received.TextBody!).Value;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(manage).PathAndQuery)).StatusCode);
        var header = received.Headers["List-Unsubscribe"]!;
        var oneClick = new Uri(header[1..header.IndexOf('>', StringComparison.Ordinal)]);
        Assert.Equal("List-Unsubscribe=One-Click", received.Headers["List-Unsubscribe-Post"]);

        using var bare = host.CreateDefaultClient();
        var response = await bare.PostAsync(oneClick.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var state = await seed.Content.InTenantAsync(sp => Task.FromResult(
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Media.Data.Tenant.TenantDbContext>(sp).Subscriptions.Single().State));
        Assert.Equal(SubscriptionState.Unsubscribed, state);
    }

    [GeneratedRegex(@"http://localhost/journey/newsletters/confirm\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"http://localhost/journey/newsletters/manage\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex ManageLink();
}
