using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed partial class ClickTrackingTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Click_tracking_should_count_clicks_per_link_and_redirect_to_the_signed_target(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        using var sink = new SmtpSink();
        await using var host = IssueSendingTests.Host(storage, sink.Settings());
        var name = await host.CreateTenantAsync(prefix: "clics");
        var seed = new IssueSeed(host, name);
        await seed.Content.InTenantAsync(async sp =>
        {
            var db = sp.GetRequiredService<TenantDbContext>();
            db.NewsletterSettings.Add(new NewsletterSettingsRecord { ClickTracking = true });
            return await db.SaveChangesAsync();
        });
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 2);
        var issue = await seed.IssueAsync(newsletter);

        await seed.QueueAsync(issue);
        await seed.SentAsync(issue);

        await Eventually.TrueAsync(() => Task.FromResult(sink.Count == 2), TimeSpan.FromSeconds(10), "two messages");
        var message = sink.Messages[0];
        Assert.DoesNotContain("href=\"https://www.ademe.fr/\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("/clics/newsletters/manage?token=", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://www.ademe.fr/", message.TextBody, StringComparison.Ordinal);
        var tracked = TrackedHref().Matches(message.HtmlBody!).Select(m => new Uri(WebUtility.HtmlDecode(m.Groups[1].Value)).PathAndQuery).ToList();
        Assert.NotEmpty(tracked);

        var client = host.Client();
        var targets = new Dictionary<string, string>();
        foreach (var link in tracked)
        {
            var answer = await client.GetAsync(link);
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            targets[link] = answer.Headers.Location!.AbsoluteUri;
        }

        var ademe = targets.Single(t => t.Value == "https://www.ademe.fr/").Key;
        var again = await client.GetAsync(ademe);
        var forged = await client.GetAsync(ademe[..^4] + "AAAA");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var progress = await seed.ProgressAsync(issue);
        Assert.Contains(new("https://www.ademe.fr/", 2), progress.Links);
        Assert.Equal(tracked.Count + 1, progress.Links.Sum(l => l.Clicks));
    }

    [Fact]
    public async Task Issue_links_should_stay_direct_when_click_tracking_is_off()
    {
        await using var storage = await TestStorage.CreateAsync("Sqlite");
        using var sink = new SmtpSink();
        await using var host = IssueSendingTests.Host(storage, sink.Settings());
        var name = await host.CreateTenantAsync(prefix: "direct");
        var seed = new IssueSeed(host, name);
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 1);
        var issue = await seed.IssueAsync(newsletter);

        await seed.QueueAsync(issue);
        await seed.SentAsync(issue);

        await Eventually.TrueAsync(() => Task.FromResult(sink.Count == 1), TimeSpan.FromSeconds(10), "one message");
        Assert.Contains("href=\"https://www.ademe.fr/\"", sink.Messages[0].HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/newsletters/click", sink.Messages[0].HtmlBody, StringComparison.Ordinal);
        Assert.Empty(await seed.Content.InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().IssueLinkClicks.ToListAsync()));
    }

    [GeneratedRegex("href=\"([^\"]*/newsletters/click\\?token=[^\"]*)\"")]
    private static partial Regex TrackedHref();
}
