using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class OperatorHookTests
{
    [Fact]
    public async Task Inbound_unsubscribe_should_read_the_token_from_a_replied_subject_with_the_webhook_secret()
    {
        await using var h = await SubscriptionHost.StartAsync(overrides: new Dictionary<string, string?> { ["Media:Subscriptions:UnsubscribeMailDomain"] = "lists.brand.example" });
        var id = await h.ConfirmedSubscriberAsync("mailto@reader.example", "hebdo");
        var hebdo = await h.DbAsync(db => Task.FromResult(db.Newsletters.Single(n => n.Slug == "hebdo").Id));
        var header = h.Host.Get<SubscriberLinks>().UnsubscribeHeaders(h.Tenant, id, hebdo)["List-Unsubscribe"];
        var subject = header[(header.IndexOf("subject=", StringComparison.Ordinal) + 8)..^1];
        var secret = await h.InTenantAsync(sp => sp.GetRequiredService<NewsletterSettingsService>().NewWebhookSecretAsync(new ContentActor("a", new HashSet<string> { ContentActor.Admin }), default));
        async Task<HttpResponseMessage> PostAsync(string? bearer, string json)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/brand/api/newsletters/inbound-unsubscribe") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = bearer is null ? null : new AuthenticationHeaderValue("Bearer", bearer);
            return await h.Host.Client().SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(null, $$"""{"subject": "Re: {{subject}}"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(secret, """{"subject": "Re: unsubscribe-forged"}""")).StatusCode);
        Assert.Equal(SubscriptionState.Confirmed, (await h.SubscriberAsync("mailto@reader.example"))!.Subscriptions.Single().State);

        var response = await PostAsync(secret, $$"""{"subject": "Re: {{subject}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SubscriptionState.Unsubscribed, (await h.SubscriberAsync("mailto@reader.example"))!.Subscriptions.Single().State);
    }

    [Fact]
    public async Task Admin_import_should_refuse_broken_files_whole_then_import_valid_rows_when_asked()
    {
        await using var h = await SubscriptionHost.StartAsync();
        await AdminClient.AddUserAsync(h.Storage, h.Tenant, "admin@brand.example", "Admin");
        var admin = await AdminClient.SignInAsync(h.Host.Client(), "brand", "admin@brand.example");
        const string Csv = "email,newsletters\nok@reader.example,hebdo\nbroken,hebdo\n";
        async Task<HttpResponseMessage> UploadAsync(bool skipInvalid)
        {
            var page = await admin.PageAsync("/subscribers");
            var token = AdminClient.Token(page);
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token.Value), token.Key },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(Csv)), "File", "subscribers.csv" },
            };
            if (skipInvalid)
            {
                form.Add(new StringContent("true"), "SkipInvalid");
            }

            return await admin.Http.PostAsync(admin.Url("/subscribers/import"), form);
        }

        var refused = await UploadAsync(skipInvalid: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("line 3:", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await h.SubscriberAsync("ok@reader.example"));

        var imported = await UploadAsync(skipInvalid: true);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.NotNull(await h.SubscriberAsync("ok@reader.example"));
        await h.WaitForMailAsync(1, "ok@reader.example");

        var export = await admin.GetAsync("/subscribers/export.csv");
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ok@reader.example,,,,hebdo,", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
