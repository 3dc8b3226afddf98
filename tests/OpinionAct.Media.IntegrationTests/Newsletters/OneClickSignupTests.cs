using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Insights;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Analytics;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Insights;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>
/// The one-click signup of cached pages (JSON from signup.js, the plain form without script) and what the insights
/// count of it: the sign-ups the server accepted, attributed to the published article whose page carried the form, and
/// of them the confirmed ones; never the tracker's report of a form being submitted.
/// </summary>
public sealed class OneClickSignupTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task One_click_signup_should_count_for_its_article_and_be_confirmed_once_when_the_link_is_followed(string provider)
    {
        await using var hub = await SubscriptionHost.StartAsync(provider, NoPadding);
        var (id, path) = await ArticleAsync(hub, "Pompes à chaleur", publish: true);
        var client = hub.Host.Client();

        var response = await OneClickAsync(client, "lea@reader.example", $"http://localhost/brand/{path}", "https://www.google.fr/");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using (var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()))
        {
            Assert.Equal("accepted", answer.RootElement.GetProperty("status").GetString());
            Assert.Contains("lien de confirmation", answer.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        var consent = await hub.DbAsync(db => db.SubscriberConsents.AsNoTracking().SingleAsync());
        Assert.Equal(id, consent.ArticleId);
        Assert.Equal((int)TrafficSource.SearchEngine, consent.ReaderSource);

        var report = await TodayAsync(hub);
        Assert.Equal((1, 0), (report.Current.Signups, report.Current.ConfirmedSignups));
        Assert.Equal((1, 0), Signups(report.Articles.Single(a => a.Id == id)));
        Assert.Equal(1, report.Topics.Single(t => t.Slug == "chaleur").Signups);

        // The same reader pressing again within the resend interval, and an old tracker's "subscribe" event: neither is a sign-up.
        Assert.Equal(HttpStatusCode.Accepted, (await OneClickAsync(client, "lea@reader.example", $"http://localhost/brand/{path}", null)).StatusCode);
        await new Traffic(client, "brand").SendAsync("10.9.0.1", new { type = "subscribe", url = $"http://localhost/brand/{path}" });
        Assert.Equal(1, (await TodayAsync(hub)).Current.Signups);

        var link = SubscriptionHost.ConfirmLink((await hub.WaitForMailAsync(1, "lea@reader.example"))[0]);
        Assert.Equal(HttpStatusCode.OK, (await SubscriptionHost.FollowConfirmAsync(client, link)).StatusCode);
        await SubscriptionHost.FollowConfirmAsync(client, link);
        report = await TodayAsync(hub);
        Assert.Equal((1, 1), (report.Current.Signups, report.Current.ConfirmedSignups));
        Assert.Equal((1, 1), Signups(report.Articles.Single(a => a.Id == id)));
        Assert.Equal(1, report.Topics.Single(t => t.Slug == "chaleur").ConfirmedSignups);
    }

    [Fact]
    public async Task One_click_signup_should_credit_no_article_when_the_page_is_not_a_published_article_of_this_hub()
    {
        await using var hub = await SubscriptionHost.StartAsync(overrides: NoPadding);
        var (_, draft) = await ArticleAsync(hub, "Brouillon", publish: false);
        var client = hub.Host.Client();
        string[] pages = [$"http://localhost/brand/{draft}", "http://evil.example/brand/pompes-a-chaleur", "http://localhost/brand/", "pas une adresse"];
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await OneClickAsync(client, $"r{i}@reader.example", pages[i], null)).StatusCode);
        }

        Assert.All(await hub.DbAsync(db => db.SubscriberConsents.AsNoTracking().ToListAsync()), c => Assert.Equal(0, c.ArticleId));
        var report = await TodayAsync(hub);
        Assert.Equal(4, report.Current.Signups);
        Assert.Empty(report.Articles);
    }

    [Fact]
    public async Task One_click_signup_should_record_nothing_when_posted_from_another_site_or_not_as_json()
    {
        await using var hub = await SubscriptionHost.StartAsync(overrides: NoPadding);
        var client = hub.Host.Client();
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/brand/subscribe") { Content = JsonContent.Create(new { email = "x@reader.example", newsletters = new[] { "hebdo" } }) };
        foreign.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(foreign)).StatusCode);

        // The same JSON as text/plain (which a page of another site can send without a preflight) is only a form without a token.
        var plain = await client.PostAsync("/brand/subscribe", new StringContent("{\"email\":\"y@reader.example\",\"newsletters\":[\"hebdo\"]}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(0, await hub.DbAsync(db => db.Subscribers.CountAsync()));
    }

    [Fact]
    public async Task Signup_form_without_script_should_keep_its_page_through_the_confirmation_step()
    {
        await using var hub = await SubscriptionHost.StartAsync(overrides: NoPadding);
        var (id, path) = await ArticleAsync(hub, "Isolation des combles", publish: true);
        var client = hub.Host.Client();
        var html = await client.GetStringAsync($"/brand/{path}");
        Assert.Contains("/brand/signup.js?v=", html, StringComparison.Ordinal);
        using var script = await client.GetAsync("/brand/signup.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("application/json", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A cached page's form has no token: the reader gets the /subscribe page, which keeps the page they came from.
        using var first = new HttpRequestMessage(HttpMethod.Post, "/brand/subscribe")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "sans-script@reader.example", ["newsletters"] = "hebdo" }),
        };
        first.Headers.Referrer = new Uri($"http://localhost/brand/{path}");
        var resubmit = await (await client.SendAsync(first)).Content.ReadAsStringAsync();
        Assert.Contains($"name=\"page\" value=\"http://localhost/brand/{path}\"", resubmit, StringComparison.Ordinal);
        Assert.Equal(0, await hub.DbAsync(db => db.Subscribers.CountAsync()));

        var confirmed = await client.PostAsync("/brand/subscribe", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "sans-script@reader.example",
            ["newsletters"] = "hebdo",
            ["page"] = $"http://localhost/brand/{path}",
            [AdminClient.Token(resubmit).Key] = AdminClient.Token(resubmit).Value,
        }));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(id, (await hub.DbAsync(db => db.SubscriberConsents.AsNoTracking().SingleAsync())).ArticleId);
        Assert.Equal(1, (await TodayAsync(hub)).Articles.Single(a => a.Id == id).Signups);
    }

    private static readonly Dictionary<string, string?> NoPadding = new() { ["Media:Subscriptions:MinimumSignupDuration"] = "00:00:00" };

    private static (long, long) Signups(ArticleInsight article) => (article.Signups, article.ConfirmedSignups);

    private static Task<HttpResponseMessage> OneClickAsync(HttpClient client, string email, string page, string? referrer) =>
        client.PostAsJsonAsync("/brand/subscribe", new { email, newsletters = new[] { "hebdo" }, website = string.Empty, page, referrer });

    private static async Task<(int Id, string Path)> ArticleAsync(SubscriptionHost hub, string title, bool publish)
    {
        if (!await hub.DbAsync(db => db.Topics.AnyAsync(t => t.Slug == "chaleur")))
        {
            await hub.Seed.TopicAsync("Chaleur", "chaleur");
        }

        var id = await hub.Seed.ArticleAsync(ContentSeed.Draft(title, ["chaleur"]), publish);
        return (id, await hub.DbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Path).SingleAsync()));
    }

    private static async Task<InsightsReport> TodayAsync(SubscriptionHost hub)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return await hub.InTenantAsync(sp => sp.GetRequiredService<InsightsService>().ReportAsync(new InsightsPeriod(today, today), default));
    }
}
