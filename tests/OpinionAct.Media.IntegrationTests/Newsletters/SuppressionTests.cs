using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class SuppressionTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    private static async Task<HttpResponseMessage> PostReportsAsync(HttpClient client, string? secret, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/brand/api/newsletters/reports") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        }

        return await client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Webhook_should_suppress_on_hard_bounce_and_complaint_and_after_three_soft_bounces(string provider)
    {
        await using var h = await SubscriptionHost.StartAsync(provider);
        await h.ConfirmedSubscriberAsync("hard@reader.example", "hebdo");
        await h.ConfirmedSubscriberAsync("spam@reader.example", "hebdo");
        await h.ConfirmedSubscriberAsync("soft@reader.example", "hebdo");
        var secret = await h.InTenantAsync(sp => sp.GetRequiredService<NewsletterSettingsService>().NewWebhookSecretAsync(ContentSeed.Editor with { Roles = new HashSet<string> { ContentActor.Admin } }, default));
        var client = h.Host.Client();

        var response = await PostReportsAsync(client, secret, """
            [{"email": "hard@reader.example", "type": "hard-bounce", "detail": "550 5.1.1 user unknown"},
             {"email": "spam@reader.example", "type": "complaint"},
             {"email": "soft@reader.example", "type": "soft-bounce"},
             {"email": "soft@reader.example", "type": "soft-bounce"}]
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await h.SubscriberAsync("hard@reader.example"))!.SuppressedUtc);
        Assert.Equal("complaint", (await h.SubscriberAsync("spam@reader.example"))!.SuppressionReason);
        Assert.Null((await h.SubscriberAsync("soft@reader.example"))!.SuppressedUtc);

        Assert.Equal(2, (await h.SubscriberAsync("soft@reader.example"))!.SoftBounces);
        await PostReportsAsync(client, secret, """{"email": "soft@reader.example", "type": "soft"}""");
        Assert.Equal("3 soft bounces", (await h.SubscriberAsync("soft@reader.example"))!.SuppressionReason);
        Assert.Equal(5, await h.DbAsync(db => db.DeliveryReports.CountAsync()));
    }

    [Fact]
    public async Task Webhook_should_refuse_missing_or_wrong_secrets_and_bad_reports_before_recording_any()
    {
        await using var h = await SubscriptionHost.StartAsync();
        await h.ConfirmedSubscriberAsync("hard@reader.example", "hebdo");
        var client = h.Host.Client();
        const string Report = """{"email": "hard@reader.example", "type": "hard-bounce"}""";

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostReportsAsync(client, "anything", Report)).StatusCode);
        var secret = await h.InTenantAsync(sp => sp.GetRequiredService<NewsletterSettingsService>().NewWebhookSecretAsync(new ContentActor("a", new HashSet<string> { ContentActor.Admin }), default));
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostReportsAsync(client, null, Report)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostReportsAsync(client, secret + "x", Report)).StatusCode);
        var mixed = await PostReportsAsync(client, secret, """[{"email": "hard@reader.example", "type": "hard-bounce"}, {"email": "x\r\nBcc: y@z.example", "type": "hard-bounce"}]""");
        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        Assert.Contains("Report 1", await mixed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await h.SubscriberAsync("hard@reader.example"))!.SuppressedUtc);
        Assert.Equal(0, await h.DbAsync(db => db.DeliveryReports.CountAsync()));
    }

    [Fact]
    public async Task Cli_complaint_should_suppress_and_a_later_signup_should_send_nothing()
    {
        await using var h = await SubscriptionHost.StartAsync();
        await h.ConfirmedSubscriberAsync("angry@reader.example", "hebdo");

        var result = await CliRunner.RunAsync(h.Storage, "subscribers", "complaint", "--tenant", h.Tenant, "--email", "Angry@Reader.example");
        var bad = await CliRunner.RunAsync(h.Storage, "subscribers", "bounce", "--tenant", h.Tenant, "--email", "not an address");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("error: ", bad.Error, StringComparison.Ordinal);
        var angry = await h.DbAsync(db => db.Subscribers.AsNoTracking().SingleAsync(s => s.Email == "angry@reader.example"));
        Assert.NotNull(angry.SuppressedUtc);
        Assert.Equal(HttpStatusCode.Accepted, (await SubscriptionHost.SubscribeAsync(h.Host.Client(), "angry@reader.example", "mensuel")).StatusCode);
        await Task.Delay(1000);
        Assert.Equal(0, h.Sink.Count);
    }
}
