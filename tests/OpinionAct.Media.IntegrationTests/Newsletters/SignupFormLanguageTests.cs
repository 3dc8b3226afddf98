using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.IntegrationTests.Admin;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>The signup form tells a reader what is wrong in the site's language, not in the services' English.</summary>
public sealed class SignupFormLanguageTests : IAsyncLifetime
{
    private SubscriptionHost _h = null!;

    public async Task InitializeAsync() => _h = await SubscriptionHost.StartAsync(overrides: new Dictionary<string, string?>
    {
        ["Media:Subscriptions:SignupsPerClientPerMinute"] = "1000",
    });

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Signup_form_should_explain_the_refusal_in_French_when_no_newsletter_is_chosen_on_a_French_site()
    {
        var client = _h.Host.Client();
        var page = await client.GetStringAsync("/brand/subscribe");

        var noNewsletter = await client.PostAsync("/brand/subscribe", new FormUrlEncodedContent([new("email", "lea@reader.example"), new("website", string.Empty), AdminClient.Token(page)]));
        var noNewsletterHtml = WebUtility.HtmlDecode(await noNewsletter.Content.ReadAsStringAsync());
        var badAddress = await client.PostAsync("/brand/subscribe", new FormUrlEncodedContent([new("email", "pas-une-adresse"), new("newsletters", "hebdo"), new("website", string.Empty), AdminClient.Token(page)]));
        var badAddressHtml = WebUtility.HtmlDecode(await badAddress.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, noNewsletter.StatusCode);
        Assert.Contains("Choisissez au moins une lettre d'information.", noNewsletterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Choose at least one newsletter", noNewsletterHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badAddress.StatusCode);
        Assert.Contains("« pas-une-adresse » n'est pas une adresse e-mail", badAddressHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("is not an email address", badAddressHtml, StringComparison.Ordinal);
        Assert.Equal(0, await _h.DbAsync(db => db.Subscribers.CountAsync()));
    }

    [Fact]
    public async Task One_click_signup_should_explain_the_refusal_in_French_on_a_French_site()
    {
        var refused = await _h.Host.Client().PostAsJsonAsync("/brand/subscribe", new { email = "lea@reader.example", newsletters = Array.Empty<string>(), website = string.Empty });
        var body = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Choisissez au moins une lettre d'information.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Choose at least one newsletter", body, StringComparison.Ordinal);
    }
}
