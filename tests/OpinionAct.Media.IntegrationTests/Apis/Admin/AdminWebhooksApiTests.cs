using System.Net;
using OpinionAct.Media.Apis;
using static OpinionAct.Media.IntegrationTests.Apis.Admin.AdminApiAssert;

namespace OpinionAct.Media.IntegrationTests.Apis.Admin;

/// <summary>Webhooks through the Admin API: the same forgery rule as the page, the secret once, the scope and the role.</summary>
public sealed class AdminWebhooksApiTests(AdminApiFixture fixture) : IClassFixture<AdminApiFixture>
{
    private const string Alpha = AdminApiFixture.Alpha;

    [Fact]
    public async Task Webhook_should_refuse_internal_targets_and_show_its_secret_only_when_created()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.WebhooksManage);
        foreach (var target in new[] { "http://127.0.0.1/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/x", "ftp://files.example/x" })
        {
            var refused = await ProblemAsync(await api.PostAsync("webhooks", Json(new { url = target, events = new[] { "article.published" } })), HttpStatusCode.UnprocessableEntity);
            Assert.Contains("url", ErrorFields(refused), StringComparer.OrdinalIgnoreCase);
        }

        Assert.Empty((await ReadAsync(await api.GetAsync("webhooks"), HttpStatusCode.OK)).EnumerateArray());
        var unknownEvent = await ProblemAsync(await api.PostAsync("webhooks", Json(new { url = "https://hooks.example/x", events = new[] { "article.exploded" } })), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("events", ErrorFields(unknownEvent), StringComparer.OrdinalIgnoreCase);
        await ProblemAsync(await api.GetAsync("webhooks/987654"), HttpStatusCode.NotFound);
        await ProblemAsync(await api.DeleteAsync("webhooks/987654"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Webhooks_should_need_their_scope_and_an_admin_role_for_a_person()
    {
        await ProblemAsync(await (await fixture.ClientAsync(Alpha, ApiScopes.ContentWrite)).GetAsync("webhooks"), HttpStatusCode.Forbidden);
        var editor = await fixture.PersonClientAsync(Alpha, "editeur-hooks@aa.test", "Editor", ApiScopes.WebhooksManage);
        await ProblemAsync(await editor.GetAsync("webhooks"), HttpStatusCode.Forbidden);
    }
}
