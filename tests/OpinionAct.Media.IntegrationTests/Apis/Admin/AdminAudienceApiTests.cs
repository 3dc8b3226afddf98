using System.Net;
using OpinionAct.Media.Apis;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using static OpinionAct.Media.IntegrationTests.Apis.Admin.AdminApiAssert;

namespace OpinionAct.Media.IntegrationTests.Apis.Admin;

/// <summary>Subscribers (with proof of consent), newsletter issues and insights through the Admin API.</summary>
public sealed class AdminAudienceApiTests(AdminApiFixture fixture) : IClassFixture<AdminApiFixture>
{
    private const string Alpha = AdminApiFixture.Alpha;

    [Fact]
    public async Task Subscriber_should_be_added_with_proof_of_consent_looked_up_exported_and_unsubscribed()
    {
        var writer = await fixture.ClientAsync(Alpha, ApiScopes.SubscribersWrite, ApiScopes.NewslettersSend);
        var reader = await fixture.ClientAsync(Alpha, ApiScopes.SubscribersRead);
        var slug = (await ReadAsync(await writer.GetAsync("newsletters"), HttpStatusCode.OK))[0].GetProperty("slug").GetString()!;

        var missing = await ProblemAsync(await writer.PostAsync("subscribers", Json(new { email = "pas-une-adresse", newsletters = Array.Empty<string>() })), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["consentText", "email", "newsletters", "source"], ErrorFields(missing));

        var added = await ReadAsync(await writer.PostAsync("subscribers", Json(new
        {
            email = "Lectrice@Exemple.test",
            newsletters = new[] { slug },
            consentText = "J'accepte de recevoir la lettre.",
            source = "Formulaire du site partenaire",
            consentedAt = "2026-01-15T10:00:00Z",
        })), HttpStatusCode.OK);
        Assert.Equal("confirmed", added.GetProperty("status").GetString());

        var history = await ReadAsync(await reader.GetAsync("subscribers?email=lectrice@exemple.test"), HttpStatusCode.OK);
        var consent = history.GetProperty("consents")[0];
        Assert.Equal("Api", consent.GetProperty("source").GetString());
        Assert.Contains("J'accepte de recevoir la lettre.", consent.GetProperty("consentText").GetString(), StringComparison.Ordinal);
        Assert.Contains("Formulaire du site partenaire", consent.GetProperty("consentText").GetString(), StringComparison.Ordinal);
        Assert.Equal("Confirmed", history.GetProperty("subscriptions")[0].GetProperty("state").GetString());

        var csv = await reader.GetAsync("subscribers/export");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("lectrice@exemple.test", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var json = await ReadAsync(await reader.GetAsync("subscribers/export?format=json"), HttpStatusCode.OK);
        var row = Assert.Single(json.EnumerateArray(), r => r.GetProperty("email").GetString() == "lectrice@exemple.test");
        Assert.Equal("2026-01-15T10:00:00Z", row.GetProperty("consented_at").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await writer.PostAsync("subscribers/unsubscribe", Json(new { email = "lectrice@exemple.test" }))).StatusCode);
        var after = await ReadAsync(await reader.GetAsync("subscribers?email=lectrice@exemple.test"), HttpStatusCode.OK);
        Assert.Equal("Unsubscribed", after.GetProperty("subscriptions")[0].GetProperty("state").GetString());
        await ProblemAsync(await reader.GetAsync("subscribers?email=personne@exemple.test"), HttpStatusCode.NotFound);
        await ProblemAsync(await reader.PostAsync("subscribers/unsubscribe", Json(new { email = "lectrice@exemple.test" })), HttpStatusCode.Forbidden);
        await ProblemAsync(await writer.GetAsync("subscribers/export"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Subscriber_with_double_opt_in_should_stay_pending_and_get_the_confirmation_email()
    {
        var writer = await fixture.ClientAsync(Alpha, ApiScopes.SubscribersWrite, ApiScopes.SubscribersRead, ApiScopes.NewslettersSend);
        var slug = (await ReadAsync(await writer.GetAsync("newsletters"), HttpStatusCode.OK))[0].GetProperty("slug").GetString()!;

        var added = await ReadAsync(await writer.PostAsync("subscribers", Json(new { email = "double@exemple.test", newsletters = new[] { slug }, consentText = "Oui", source = "Appli mobile", doubleOptIn = true })), HttpStatusCode.Accepted);

        Assert.Equal("pending", added.GetProperty("status").GetString());
        var history = await ReadAsync(await writer.GetAsync("subscribers?email=double@exemple.test"), HttpStatusCode.OK);
        Assert.Equal("Pending", history.GetProperty("subscriptions")[0].GetProperty("state").GetString());
        await Eventually.TrueAsync(() => Task.FromResult(fixture.Mail.Messages.Any(m => m.To.ToString().Contains("double@exemple.test", StringComparison.Ordinal))), TimeSpan.FromSeconds(20), "the confirmation email");
    }

    [Fact]
    public async Task Issue_should_be_drafted_tested_scheduled_and_sent_through_the_newsletter_services()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.NewslettersSend);
        var newsletter = (await ReadAsync(await api.GetAsync("newsletters"), HttpStatusCode.OK))[0].GetProperty("id").GetInt32();

        var invalid = await ProblemAsync(await api.PostAsync("issues", Json(new { newsletterId = 999999, subject = "" })), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("newsletterId", ErrorFields(invalid));
        Assert.Contains("subject", ErrorFields(invalid));

        var issue = await ReadAsync(await api.PostAsync("issues", Json(new { newsletterId = newsletter, subject = "La lettre de mars", body = "Bonjour **à toutes et tous**." })), HttpStatusCode.Created);
        var id = issue.GetProperty("id").GetInt32();
        Assert.Equal("Draft", issue.GetProperty("status").GetString());
        await ReadAsync(await api.PutAsync($"issues/{id}", Json(new { newsletterId = newsletter, subject = "La lettre d'avril", body = "Bonjour." })), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"issues/{id}/test", Json(new { address = "relecture@exemple.test" }))).StatusCode);
        Assert.Contains(fixture.Mail.Messages, m => m.Subject == "[Test] La lettre d'avril");
        var badAddress = await ProblemAsync(await api.PostAsync($"issues/{id}/test", Json(new { address = "nulle part" })), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["address"], ErrorFields(badAddress));

        var past = await ProblemAsync(await api.PostAsync($"issues/{id}/schedule", Json(new { sendAt = "2020-01-01T08:00:00Z" })), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["sendAt"], ErrorFields(past));
        Assert.Equal("Scheduled", (await ReadAsync(await api.PostAsync($"issues/{id}/schedule", Json(new { sendAt = DateTimeOffset.UtcNow.AddYears(3) })), HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal("Draft", (await ReadAsync(await api.PostAsync($"issues/{id}/unschedule", null), HttpStatusCode.OK)).GetProperty("status").GetString());

        var queued = await ReadAsync(await api.PostAsync($"issues/{id}/send", null), HttpStatusCode.Accepted);
        Assert.True(queued.GetProperty("recipients").GetInt32() >= 0);
        await ProblemAsync(await api.PostAsync($"issues/{id}/send", null), HttpStatusCode.Conflict);
        await ProblemAsync(await api.PutAsync($"issues/{id}", Json(new { newsletterId = newsletter, subject = "Trop tard", body = "x" })), HttpStatusCode.UnprocessableEntity);
        await ProblemAsync(await api.GetAsync("issues/999999"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Insights_should_answer_the_admin_report_for_a_period_and_refuse_a_bad_one()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.AnalyticsRead);

        var report = await ReadAsync(await api.GetAsync("insights?from=2026-01-01&to=2026-01-31"), HttpStatusCode.OK);
        Assert.Equal(JsonValueKindObject, report.ValueKind);
        Assert.Contains("2026-01-01", report.GetRawText(), StringComparison.Ordinal);
        var bad = await ProblemAsync(await api.GetAsync("insights?from=2026-02-30"), HttpStatusCode.BadRequest);
        Assert.Equal(["period"], ErrorFields(bad));
        await ProblemAsync(await (await fixture.ClientAsync(Alpha, ApiScopes.ContentRead)).GetAsync("insights"), HttpStatusCode.Forbidden);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindObject = System.Text.Json.JsonValueKind.Object;
}
