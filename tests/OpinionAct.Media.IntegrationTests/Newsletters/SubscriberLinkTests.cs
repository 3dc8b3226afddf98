using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class SubscriberLinkTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    private static string TokenOf(string url) => url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..].TrimEnd('>');

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task One_click_unsubscribe_should_work_without_cookies_or_antiforgery_and_GET_should_change_nothing(string provider)
    {
        await using var h = await SubscriptionHost.StartAsync(provider);
        var id = await h.ConfirmedSubscriberAsync("reader@reader.example", "hebdo", "mensuel");
        var hebdo = await h.DbAsync(db => Task.FromResult(db.Newsletters.Single(n => n.Slug == "hebdo").Id));
        var header = h.Host.Get<SubscriberLinks>().UnsubscribeHeaders(h.Tenant, id, hebdo)["List-Unsubscribe"];
        var url = new Uri(header[1..header.IndexOf('>', StringComparison.Ordinal)]);

        var looked = await h.Host.Client().GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, looked.StatusCode);
        Assert.Equal(SubscriptionState.Confirmed, (await h.SubscriberAsync("reader@reader.example"))!.Subscriptions.Single(s => s.NewsletterId == hebdo).State);

        using var bare = h.Host.CreateDefaultClient();
        var response = await bare.PostAsync(url.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var subscriber = await h.SubscriberAsync("reader@reader.example");
        Assert.Equal(SubscriptionState.Unsubscribed, subscriber!.Subscriptions.Single(s => s.NewsletterId == hebdo).State);
        Assert.Equal(SubscriptionState.Confirmed, subscriber.Subscriptions.Single(s => s.NewsletterId != hebdo).State);
        Assert.Equal(HttpStatusCode.OK, (await bare.PostAsync(url.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }))).StatusCode);
    }

    [Fact]
    public async Task Links_should_refuse_forged_and_other_tenants_tokens()
    {
        await using var h = await SubscriptionHost.StartAsync();
        var other = await h.Host.CreateTenantAsync(prefix: "other");
        var id = await h.ConfirmedSubscriberAsync("reader@reader.example", "hebdo");
        var links = h.Host.Get<SubscriberLinks>();
        var foreignManage = TokenOf(links.ManageUrl(other, id));
        var foreignUnsubscribe = TokenOf(links.UnsubscribeHeaders(other, id, 1)["List-Unsubscribe"]);
        var manage = TokenOf(links.ManageUrl(h.Tenant, id));
        var forged = manage[..^3] + (manage[^3] == 'A' ? "B" : "A") + manage[^2..];
        var client = h.Host.Client();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/brand/newsletters/manage?token={foreignManage}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/brand/newsletters/manage?token={forged}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/brand/newsletters/manage")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/brand/newsletters/confirm?token={manage}")).StatusCode);
        var oneClick = await client.PostAsync($"/brand/newsletters/unsubscribe?token={foreignUnsubscribe}", new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.BadRequest, oneClick.StatusCode);
        Assert.Equal(SubscriptionState.Confirmed, (await h.SubscriberAsync("reader@reader.example"))!.Subscriptions.Single().State);
        var page = await client.GetAsync($"/brand/newsletters/manage?token={manage}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Confirmation_link_should_be_refused_once_expired()
    {
        await using var h = await SubscriptionHost.StartAsync(overrides: new Dictionary<string, string?> { ["Media:Subscriptions:ConfirmationLifetime"] = "00:00:02" });
        await SubscriptionHost.SubscribeAsync(h.Host.Client(), "late@reader.example", "hebdo");
        var link = SubscriptionHost.ConfirmLink((await h.WaitForMailAsync(1))[0]);
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var response = await h.Host.Client().PostAsync(link.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = TokenOf(link.Query) }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(SubscriptionState.Pending, (await h.SubscriberAsync("late@reader.example"))!.Subscriptions.Single().State);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Preferences_page_should_change_newsletters_export_and_delete_the_data(string provider)
    {
        await using var h = await SubscriptionHost.StartAsync(provider);
        var id = await h.ConfirmedSubscriberAsync("prefs@reader.example", "hebdo");
        var manage = new Uri(h.Host.Get<SubscriberLinks>().ManageUrl(h.Tenant, id));
        var client = h.Host.Client();
        var html = await client.GetStringAsync(manage.PathAndQuery);
        Assert.Contains("prefs@reader.example", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/brand/newsletters/manage\">", html, StringComparison.Ordinal);
        var antiforgery = AdminClient.Token(html);
        var token = TokenOf(manage.Query);
        Task<HttpResponseMessage> PostAsync(params KeyValuePair<string, string>[] fields) =>
            client.PostAsync("/brand/newsletters/manage", new FormUrlEncodedContent([new("token", token), antiforgery, .. fields]));

        var forgedForm = await client.PostAsync("/brand/newsletters/manage", new FormUrlEncodedContent([new("token", token), new("do", "delete")]));
        Assert.NotNull(await h.SubscriberAsync("prefs@reader.example"));

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Field("do", "save"), Field("newsletters", "mensuel"))).StatusCode);
        var subscriber = await h.SubscriberAsync("prefs@reader.example");
        Assert.Equal(SubscriptionState.Unsubscribed, subscriber!.Subscriptions.Single(s => s.Newsletter!.Slug == "hebdo").State);
        Assert.Equal(SubscriptionState.Confirmed, subscriber.Subscriptions.Single(s => s.Newsletter!.Slug == "mensuel").State);

        var export = await PostAsync(Field("do", "export"));
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        using var data = JsonDocument.Parse(await export.Content.ReadAsStringAsync());
        Assert.Equal("prefs@reader.example", data.RootElement.GetProperty("email").GetString());
        Assert.Equal(2, data.RootElement.GetProperty("subscriptions").GetArrayLength());
        Assert.Equal("Preferences", data.RootElement.GetProperty("consents")[0].GetProperty("source").GetString());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Field("do", "unsubscribe-all"))).StatusCode);
        Assert.All((await h.SubscriberAsync("prefs@reader.example"))!.Subscriptions, s => Assert.Equal(SubscriptionState.Unsubscribed, s.State));

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Field("do", "delete"))).StatusCode);
        Assert.Null(await h.SubscriberAsync("prefs@reader.example"));
        Assert.Equal(0, await h.DbAsync(db => Task.FromResult(db.SubscriberConsents.Count())));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(manage.PathAndQuery)).StatusCode);
    }
}
