using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Admin;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class SignupInputTests : IAsyncLifetime
{
    private SubscriptionHost _h = null!;

    public async Task InitializeAsync() => _h = await SubscriptionHost.StartAsync(overrides: new Dictionary<string, string?>
    {
        ["Media:Subscriptions:SignupsPerClientPerMinute"] = "1000",
    });

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Theory]
    [InlineData("lea@reader.example\r\nBcc: victim@else.example", "line breaks")]
    [InlineData("lea@reader.example\nSubject: hi", "line breaks")]
    [InlineData("léa@reader.example", "ASCII")]
    [InlineData("not-an-address", "not an email address")]
    [InlineData("a@b", "not a valid domain")]
    [InlineData("\"quoted local\"@reader.example", "spaces")]
    public async Task Signup_should_refuse_hostile_or_malformed_addresses_and_write_nothing(string email, string expected)
    {
        var response = await SubscriptionHost.SubscribeAsync(_h.Host.Client(), email, "hebdo");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await _h.DbAsync(db => db.Subscribers.CountAsync()));
    }

    [Fact]
    public async Task Signup_should_refuse_an_over_long_address()
    {
        var email = new string('a', 64) + "@" + string.Join(".", Enumerable.Repeat(new string('b', 60), 4)) + ".example";

        var response = await SubscriptionHost.SubscribeAsync(_h.Host.Client(), email, "hebdo");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 254", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signup_should_accept_an_IDN_domain_and_mail_its_punycode_form()
    {
        var response = await SubscriptionHost.SubscribeAsync(_h.Host.Client(), "Lea@Élysée.example", "hebdo");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.NotNull(await _h.SubscriberAsync("lea@xn--lyse-9oad.example"));
        var message = Assert.Single(await _h.WaitForMailAsync(1));
        Assert.Contains("lea@xn--lyse-9oad.example", message.Headers[MimeKit.HeaderId.To], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signup_should_name_unknown_newsletters_and_refuse_an_empty_list()
    {
        var client = _h.Host.Client();

        var unknown = await SubscriptionHost.SubscribeAsync(client, "lea@reader.example", "hebdo", "quotidien", "<script>");
        var empty = await SubscriptionHost.SubscribeAsync(client, "lea@reader.example");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var detail = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("'quotidien'", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("'hebdo'", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("at least one newsletter", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _h.DbAsync(db => db.Subscribers.CountAsync()));
    }

    [Fact]
    public async Task Signup_api_should_refuse_bodies_that_are_not_json()
    {
        var client = _h.Host.Client();

        var form = await client.PostAsync("/brand/api/subscribe", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "lea@reader.example", ["newsletters"] = "hebdo" }));
        var broken = await client.PostAsync("/brand/api/subscribe", new StringContent("{\"email\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
    }

    [Fact]
    public async Task Signup_should_answer_alike_for_new_known_suppressed_and_honeypot_and_send_only_what_is_due()
    {
        var client = _h.Host.Client();
        await SubscriptionHost.SubscribeAsync(client, "known@reader.example", "hebdo");
        var link = SubscriptionHost.ConfirmLink((await _h.WaitForMailAsync(1, "known@reader.example"))[0]);
        await SubscriptionHost.FollowConfirmAsync(_h.Host.Client(), link);
        await _h.SubscribeAndSuppressAsync("bounced@reader.example");
        var before = _h.Sink.Count;

        var fresh = await SubscriptionHost.SubscribeAsync(client, "new@reader.example", "hebdo");
        var known = await SubscriptionHost.SubscribeAsync(client, "known@reader.example", "hebdo");
        var suppressed = await SubscriptionHost.SubscribeAsync(client, "bounced@reader.example", "hebdo");
        var honeypot = await client.PostAsJsonAsync("/brand/api/subscribe", new { email = "bot@reader.example", newsletters = new[] { "hebdo" }, website = "http://spam.example" });

        var bodies = new[] { fresh, known, suppressed, honeypot }.Select(r => (r.StatusCode, r.Content.ReadAsStringAsync().Result)).Distinct().ToList();
        Assert.Equal((HttpStatusCode.Accepted, "{\"status\":\"accepted\",\"detail\":\"If this address can receive mail, a confirmation link has been sent to it; the subscription starts when it is followed.\"}"), Assert.Single(bodies));
        await _h.WaitForMailAsync(1, "new@reader.example");
        await Task.Delay(500);
        Assert.Equal(before + 1, _h.Sink.Count);
        Assert.Null(await _h.SubscriberAsync("bot@reader.example"));
    }

    [Fact]
    public async Task Duplicate_signups_should_send_one_confirmation_within_the_resend_interval()
    {
        var client = _h.Host.Client();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await SubscriptionHost.SubscribeAsync(client, "twice@reader.example", i == 2 ? "mensuel" : "hebdo")).StatusCode);
        }

        await _h.WaitForMailAsync(1, "twice@reader.example");
        await Task.Delay(1000);
        Assert.Single(_h.Sink.Messages, m => m.To.Mailboxes.Any(b => b.Address == "twice@reader.example"));
        var subscriber = await _h.SubscriberAsync("twice@reader.example");
        Assert.Equal(2, subscriber!.Subscriptions.Count(s => s.State == SubscriptionState.Pending));
    }

    [Fact]
    public async Task Subscribe_form_should_carry_the_signup_marker_and_antiforgery_and_ask_again_when_posted_from_a_cached_page()
    {
        var client = _h.Host.Client();
        var home = await client.GetStringAsync("/brand/");
        Assert.Contains("data-newsletter-signup", home, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", home, StringComparison.Ordinal);

        var fromCache = await client.PostAsync("/brand/subscribe", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "form@reader.example", ["newsletters"] = "hebdo" }));
        var again = await fromCache.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, fromCache.StatusCode);
        Assert.Contains("value=\"form@reader.example\"", again, StringComparison.Ordinal);
        Assert.Null(await _h.SubscriberAsync("form@reader.example"));

        var page = await client.GetStringAsync("/brand/subscribe");
        Assert.Contains("data-newsletter-signup", page, StringComparison.Ordinal);
        var posted = await client.PostAsync("/brand/subscribe", new FormUrlEncodedContent([new("email", "form@reader.example"), new("newsletters", "hebdo"), new("website", string.Empty), AdminClient.Token(again)]));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.True(posted.Headers.CacheControl?.NoStore, "no-store");
        var consent = await _h.DbAsync(db => db.SubscriberConsents.AsNoTracking().SingleAsync());
        Assert.Equal(ConsentSource.Form, consent.Source);
        Assert.Contains("J'accepte de recevoir", consent.ConsentText, StringComparison.Ordinal);
        var mail = Assert.Single(await _h.WaitForMailAsync(1, "form@reader.example"));
        // The text part is wrapped at 78 columns: compare words, not lines.
        Assert.Contains(consent.ConsentText, mail.TextBody!.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signup_api_should_keep_a_callers_consent_text_as_proof_but_never_mail_it()
    {
        const string text = "Gagnez un iPhone : http://phishing.example/win";
        var response = await _h.Host.Client().PostAsJsonAsync("/brand/api/subscribe", new { email = "victim@reader.example", newsletters = new[] { "hebdo" }, consentText = text });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var mail = Assert.Single(await _h.WaitForMailAsync(1, "victim@reader.example"));
        Assert.DoesNotContain("phishing.example", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("phishing.example", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("rien ne sera envoyé sans votre confirmation", mail.TextBody!.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Equal(text, (await _h.DbAsync(db => db.SubscriberConsents.AsNoTracking().SingleAsync())).ConsentText);
    }
}
