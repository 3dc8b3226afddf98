using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Questions;

/// <summary>The "ask our experts" form on article pages, in both themes, whether or not the hub has a newsletter.</summary>
public sealed class AskFormTests
{
    [Theory]
    [InlineData("Expert")]
    [InlineData("Magazine")]
    public async Task Article_page_should_carry_the_ask_form_with_labels_when_the_hub_has_no_newsletter(string theme)
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("solo", prefix: "solo");
        await AdminClient.AddUserAsync(storage, "solo", "admin@solo.test", "Admin");
        var admin = await AdminClient.SignInAsync(host.Client(), "solo", "admin@solo.test");
        await admin.PostFormAsync("/settings", "/settings", [new("SiteName", "Solo"), new("Language", "fr"), new("Theme", theme), new("TimeZone", "Europe/Paris")]);
        await new ContentSeed(host, "solo").ArticleAsync(ContentSeed.Draft("Chauffer sans lettre"));

        var page = await host.Client().GetStringAsync(new Uri("/solo/chauffer-sans-lettre", UriKind.Relative));

        Assert.Contains("class=\"ask-experts\"", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"ask-question\">", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"ask-email\">", page, StringComparison.Ordinal);
        Assert.Contains("name=\"article\" value=\"chauffer-sans-lettre\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter-signup", page, StringComparison.Ordinal);
    }
}
