using System.Text.RegularExpressions;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>The shipped themes' email templates: HTML with inline styles, and the plain-text part read from it.</summary>
public sealed class EmailRenderingTests
{
    private static readonly ThemeCatalog Shipped = new(Path.Combine(AppContext.BaseDirectory, "themes"));
    private readonly ThemeRenderer _renderer = new(Shipped);

    public static TheoryData<string> Themes => new("Expert", "Magazine");

    private static EmailSiteView Site(string language = "fr") => new()
    {
        Name = "Énergies & demain",
        Language = language,
        HomeUrl = "https://energies.example/",
        Year = 2026,
        Text = EmailText.For(language),
    };

    private static EmailView Envelope() => new()
    {
        Subject = "Le réseau <en> tension",
        Preheader = "Trois lectures & un graphique",
        NewsletterName = "La lettre du mardi",
        ManageUrl = "https://energies.example/newsletters/manage?token=abc&x=1",
        UnsubscribeUrl = "https://energies.example/newsletters/unsubscribe?token=def&y=2",
    };

    private static IssueEmailView Issue() => new()
    {
        BodyHtml = "<h2 id=\"a\">Cette semaine</h2><p>Un <a href=\"https://example.org/x\">lien</a> et <strong>du gras</strong>.</p><ul><li>un</li></ul>",
        Digest =
        [
            new DigestItemView
            {
                Title = "Raccordements : le mur <approche>",
                Dek = "Pourquoi l'attente s'allonge",
                Url = "https://energies.example/articles/mur",
                Topics = [new LinkView("Réseaux", "https://energies.example/topics/reseaux")],
            },
        ],
    };

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RenderEmail_should_write_styles_inline_and_encode_text_when_rendering_an_issue(string theme)
    {
        var email = await _renderer.RenderEmailAsync(theme, "issue", Site(), Envelope(), Issue());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"fr\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("<title>Le réseau &lt;en&gt; tension</title>", email.Html, StringComparison.Ordinal);
        Assert.Contains("Trois lectures &amp; un graphique", email.Html, StringComparison.Ordinal);
        Assert.Contains("<h2 style=\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("<p style=\"margin:0 0 16px;\">Un <a style=\"", email.Html, StringComparison.Ordinal);
        Assert.Contains(" href=\"https://example.org/x\">lien</a>", email.Html, StringComparison.Ordinal);
        Assert.Contains("Raccordements : le mur &lt;approche&gt;", email.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://energies.example/articles/mur\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://energies.example/newsletters/manage?token=abc&amp;x=1\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://energies.example/newsletters/unsubscribe?token=def&amp;y=2\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("La lettre du mardi", email.Html, StringComparison.Ordinal);
        Assert.Contains("Au sommaire", email.Html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", email.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RenderEmail_should_style_every_visible_element_inline_when_rendering_an_issue_or_a_confirmation(string theme)
    {
        foreach (var email in new[]
        {
            await _renderer.RenderEmailAsync(theme, "issue", Site(), Envelope(), Issue()),
            await _renderer.RenderEmailAsync(theme, "confirm", Site(), Envelope(), Confirm()),
        })
        {
            // The <style> block is progressive (phones, dark mode): a class never stands for a missing inline style.
            var unstyled = Regex.Matches(email.Html, "<(p|h[1-4]|a|ul|li|td|table|img|div)\\b[^>]*>").Select(m => m.Value)
                .Where(tag => !tag.Contains(" style=\"", StringComparison.Ordinal)).ToList();
            Assert.Empty(unstyled);
            Assert.Matches("<table role=\"presentation\"[^>]* width=\"600\"[^>]*max-width:600px", email.Html);
            Assert.Contains("<!--[if mso]>", email.Html, StringComparison.Ordinal);
            Assert.Contains("<v:roundrect", email.Html, StringComparison.Ordinal);
            Assert.Contains("@media (prefers-color-scheme: dark)", email.Html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RenderEmail_should_read_the_text_part_from_the_html_when_rendering_an_issue(string theme)
    {
        var email = await _renderer.RenderEmailAsync(theme, "issue", Site(), Envelope(), Issue());

        Assert.StartsWith("Énergies & demain (https://energies.example/)\n\nLa lettre du mardi\n\nLe réseau <en> tension\n=====", email.Text, StringComparison.Ordinal);
        Assert.Contains("Cette semaine\n-------------\n\nUn lien (https://example.org/x) et du gras.\n\n- un\n", email.Text, StringComparison.Ordinal);
        Assert.Contains("Réseaux\n\nRaccordements : le mur <approche> (https://energies.example/articles/mur)\n\nPourquoi l'attente s'allonge\n", email.Text, StringComparison.Ordinal);
        var words = email.Text.ReplaceLineEndings(" ");
        Assert.Contains("Gérer mes abonnements (https://energies.example/newsletters/manage?token=abc&x=1)", words, StringComparison.Ordinal);
        Assert.Contains("Se désabonner (https://energies.example/newsletters/unsubscribe?token=def&y=2)", words, StringComparison.Ordinal);
        Assert.DoesNotContain("Trois lectures", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lire l'article", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p", email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RenderEmail_should_print_the_brand_colour_on_buttons_and_links_when_the_hub_has_one(string theme)
    {
        var site = Site() with { Brand = "#0f766e", OnBrand = "#ffffff", BrandInk = "#0d6b63" };

        var email = await _renderer.RenderEmailAsync(theme, "confirm", site, Envelope(), Confirm());

        Assert.Contains("bgcolor=\"#0f766e\" style=\"background-color:#0f766e;", email.Html, StringComparison.Ordinal);
        Assert.Contains("fillcolor=\"#0f766e\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"oa-link\" style=\"color:#0d6b63;", email.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RenderEmail_should_print_the_link_once_in_text_when_rendering_a_confirmation(string theme)
    {
        var email = await _renderer.RenderEmailAsync(theme, "confirm", Site("en"), new EmailView { Subject = "Confirm your subscription to Énergies" }, Confirm());

        Assert.Contains("Confirm my subscription (https://energies.example/newsletters/confirm?token=xyz&n=1)", email.Text.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Single(Regex.Matches(email.Text, Regex.Escape("https://energies.example/newsletters/confirm")));
        Assert.Contains("- La lettre du mardi\n", email.Text, StringComparison.Ordinal);
        Assert.Contains("You receive this email because this address was entered to subscribe to newsletters of Énergies & demain.", email.Text.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains("Your consent:\n\nI agree to receive these newsletters <by email>.", email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RenderEmail_should_speak_english_and_omit_the_digest_when_the_issue_has_only_a_body(string theme)
    {
        var email = await _renderer.RenderEmailAsync(theme, "issue", Site("en"), Envelope() with { ManageUrl = null }, Issue() with { Digest = [] });

        Assert.Contains("<html lang=\"en\"", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("In this issue", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Manage my subscriptions", email.Html, StringComparison.Ordinal);
        Assert.Contains(">Unsubscribe</a>", email.Html, StringComparison.Ordinal);
        Assert.Contains("You receive this email because you subscribed to “La lettre du mardi”.", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InlineStyles_should_leave_text_encoded_when_it_is_not_marked_raw()
    {
        using var themes = new TempThemes();
        themes.Theme("Mail", ("email/layout.liquid", "{{ content }}"),
            ("email/x.liquid", "{{ email.Subject | inline_styles: p: 'color:red' }}|{{ model.BodyHtml | raw | inline_styles: p: 'color:\"red' }}"));
        var renderer = new ThemeRenderer(new ThemeCatalog(themes.Folder));

        var email = await renderer.RenderEmailAsync("Mail", "x", Site(), new EmailView { Subject = "<p>hi</p>" }, new IssueEmailView { BodyHtml = "<p>a</p><pre>b</pre>" });

        Assert.Equal("&lt;p&gt;hi&lt;/p&gt;|<p style=\"color:&quot;red\">a</p><pre>b</pre>", email.Html);
        Assert.Equal("<p>hi</p>|\n\na\n\nb\n", email.Text);
    }

    private static ConfirmEmailView Confirm() => new()
    {
        ConfirmUrl = "https://energies.example/newsletters/confirm?token=xyz&n=1",
        Newsletters = ["La lettre du mardi"],
        ConsentText = "I agree to receive these newsletters <by email>.",
        ValidHours = 48,
        Intro = "To receive these newsletters, confirm your address:",
        Button = "Confirm my subscription",
        Validity = "This link works once, for 48 hours.",
        Ignore = "If you did not ask for this, ignore this email.",
        ConsentLabel = "Your consent:",
    };

    [Theory]
    [InlineData("../issue")]
    [InlineData("layout")]
    [InlineData("Issue")]
    public async Task RenderEmail_should_refuse_a_template_name_when_it_is_not_a_plain_name(string template)
    {
        await Assert.ThrowsAsync<ThemeTemplateException>(() => _renderer.RenderEmailAsync("Expert", template, Site(), Envelope(), Issue()).AsTask());
    }
}
