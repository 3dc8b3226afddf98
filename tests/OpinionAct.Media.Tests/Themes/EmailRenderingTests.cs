using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>The shipped themes' email templates: HTML with inline styles and a plain-text part.</summary>
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
    };

    private static IssueEmailView Issue() => new()
    {
        BodyHtml = "<h2 id=\"a\">Cette semaine</h2><p>Un <a href=\"https://example.org/x\">lien</a> et <strong>du gras</strong>.</p><ul><li>un</li></ul>",
        BodyText = "## Cette semaine\n\nUn [lien](https://example.org/x) & <du gras>.",
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

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"fr\">", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", email.Html, StringComparison.Ordinal);
        Assert.Contains("<title>Le réseau &lt;en&gt; tension</title>", email.Html, StringComparison.Ordinal);
        Assert.Contains("Trois lectures &amp; un graphique", email.Html, StringComparison.Ordinal);
        Assert.Contains("<h2 style=\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("<p style=\"margin:0 0 16px;\">Un <a style=\"", email.Html, StringComparison.Ordinal);
        Assert.Contains(" href=\"https://example.org/x\">lien</a>", email.Html, StringComparison.Ordinal);
        Assert.Contains("Raccordements : le mur &lt;approche&gt;", email.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://energies.example/articles/mur\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://energies.example/newsletters/manage?token=abc&amp;x=1\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("La lettre du mardi", email.Html, StringComparison.Ordinal);
        Assert.Contains("Au sommaire", email.Html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", email.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RenderEmail_should_write_the_text_part_without_html_encoding_when_rendering_an_issue(string theme)
    {
        var email = await _renderer.RenderEmailAsync(theme, "issue", Site(), Envelope(), Issue());

        Assert.StartsWith("Énergies & demain · La lettre du mardi\nhttps://energies.example/\n", email.Text, StringComparison.Ordinal);
        Assert.Contains("Le réseau <en> tension", email.Text, StringComparison.Ordinal);
        Assert.Contains("Un [lien](https://example.org/x) & <du gras>.", email.Text, StringComparison.Ordinal);
        Assert.Contains("* Raccordements : le mur <approche> (Réseaux)\n  Pourquoi l'attente s'allonge\n  https://energies.example/articles/mur\n", email.Text, StringComparison.Ordinal);
        Assert.Contains("https://energies.example/newsletters/manage?token=abc&x=1", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p", email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RenderEmail_should_speak_english_and_omit_the_digest_when_the_issue_has_only_a_body(string theme)
    {
        var email = await _renderer.RenderEmailAsync(theme, "issue", Site("en"), Envelope() with { ManageUrl = null }, Issue() with { Digest = [] });

        Assert.Contains("<html lang=\"en\">", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("In this issue", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Manage my subscriptions", email.Html, StringComparison.Ordinal);
        Assert.Contains("You receive this email because you subscribed to La lettre du mardi.", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InlineStyles_should_leave_text_encoded_when_it_is_not_marked_raw()
    {
        using var themes = new TempThemes();
        themes.Theme("Mail", ("email/layout.liquid", "{{ content }}"), ("email/layout.txt.liquid", "{{ content }}"),
            ("email/x.liquid", "{{ email.Subject | inline_styles: p: 'color:red' }}|{{ model.BodyHtml | raw | inline_styles: p: 'color:\"red' }}"),
            ("email/x.txt.liquid", "{{ email.Subject }}"));
        var renderer = new ThemeRenderer(new ThemeCatalog(themes.Folder));

        var email = await renderer.RenderEmailAsync("Mail", "x", Site(), new EmailView { Subject = "<p>hi</p>" }, new IssueEmailView { BodyHtml = "<p>a</p><pre>b</pre>" });

        Assert.Equal("&lt;p&gt;hi&lt;/p&gt;|<p style=\"color:&quot;red\">a</p><pre>b</pre>", email.Html);
        Assert.Equal("<p>hi</p>", email.Text);
    }

    [Theory]
    [InlineData("../issue")]
    [InlineData("layout")]
    [InlineData("Issue")]
    public async Task RenderEmail_should_refuse_a_template_name_when_it_is_not_a_plain_name(string template)
    {
        await Assert.ThrowsAsync<ThemeTemplateException>(() => _renderer.RenderEmailAsync("Expert", template, Site(), Envelope(), Issue()).AsTask());
    }
}
