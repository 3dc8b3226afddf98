using OpinionAct.Media.Localization;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>Templates print the strings of <see cref="UiText"/> through <c>site.Text</c> and <c>site.SubscribeText</c>, in the site's language.</summary>
public sealed class ThemeTextRenderingTests : IDisposable
{
    private readonly TempThemes _themes = new();

    public void Dispose() => _themes.Dispose();

    [Theory]
    [InlineData("fr", "Lire l&#x27;article|Lire l&#x27;article|S&#x27;abonner", "Lire l'article|Au sommaire\n")]
    [InlineData("en", "Read the article|Read the article|Subscribe", "Read the article|In this issue\n")]
    public async Task Theme_should_print_the_catalog_strings_of_the_site_language_when_templates_read_site_text(string language, string page, string email)
    {
        _themes.Theme("Words",
            ("home.liquid", "{{ site.Text.ReadMore }}|{{ site.text.readmore }}|{{ site.SubscribeText.Subscribe }}"),
            ("email/layout.liquid", "{{ content }}"), ("email/x.liquid", "{{ site.Text.ReadMore }}|{{ site.Text.InThisIssue }}"));
        var renderer = new ThemeRenderer(_themes.Catalog);
        var site = SampleSite.Site() with { Language = language, Text = ThemeText.For(language), SubscribeText = SubscriptionText.For(language) };
        var emailSite = new EmailSiteView { Name = "Énergies", Language = language, HomeUrl = "https://energies.example/", Year = 2026, Text = EmailText.For(language) };

        var html = await renderer.RenderPageAsync("Words", "home", site, SampleSite.Head("Titre", "/"), SampleSite.Home());
        var rendered = await renderer.RenderEmailAsync("Words", "x", emailSite, new EmailView { Subject = "s" }, new IssueEmailView { BodyHtml = "<p>a</p>" });

        Assert.Equal($"<main>{page}</main>", html);
        Assert.Equal(email, rendered.Text);
        Assert.Equal(UiText.For(UiTextArea.Theme, language)["ReadMore"], ThemeText.For(language).ReadMore);
    }
}
