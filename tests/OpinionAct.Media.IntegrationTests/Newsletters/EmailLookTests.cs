using System.Net;
using System.Text.RegularExpressions;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>
/// The demo hub's issue and confirmation emails as they leave through SMTP, in both shipped themes: an HTML part built
/// for mail clients (tables, inline styles, preheader, Outlook buttons, sized images with alt text, footer links) and
/// a text part read from that HTML (no Markdown, every article and link).
/// </summary>
public sealed partial class EmailLookTests
{
    public static TheoryData<string, string> Themes() => new() { { "Expert", "fr" }, { "Magazine", "en" } };

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Issue_email_should_have_a_mail_client_layout_and_a_text_part_read_from_it_when_sent(string theme, string language)
    {
        await using var showcase = await EmailShowcase.StartAsync(theme, language);

        var message = await showcase.IssueAsync();

        var html = message.HtmlBody!;
        var text = message.TextBody!;
        Assert.Matches("<div style=\"display:none;[^\"]*mso-hide:all;\">Trois lectures(&#847;&zwnj;&nbsp;)+</div>", html);
        Assert.Matches("<table role=\"presentation\"[^>]* width=\"600\"[^>]*style=\"width:100%;max-width:600px;", html);
        Assert.Contains("<v:roundrect", html, StringComparison.Ordinal);
        Assert.Matches("<a href=\"[^\"]+\" class=\"oa-(button|night-label)\" style=\"display:inline-block;padding:[^\"]*background-color:#[0-9a-f]{6};", html);
        var images = ImgTag().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(3, images.Count);
        Assert.All(images, img => Assert.Matches(" width=\"\\d+\" alt=\"[^\"]+\" style=\"display:block;width:100%;max-width:\\d+px;height:auto;", img));
        var unsubscribe = message.Headers["List-Unsubscribe"]!.Trim('<', '>').Split(">, <")[0];
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(unsubscribe)}\"", html, StringComparison.Ordinal);
        Assert.Contains("/demo/newsletters/manage?token=", html, StringComparison.Ordinal);

        Assert.DoesNotContain("Trois lectures", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
        Assert.DoesNotContain("## ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        var words = text.ReplaceLineEndings(" ");
        Assert.Contains("bilan électrique de RTE (https://www.rte-france.com/", words, StringComparison.Ordinal);
        Assert.Contains("- la part du solaire dépasse 8 % de la production en novembre ;", text, StringComparison.Ordinal);
        Assert.All(showcase.ArticleTitles.Zip(showcase.ArticleUrls), article =>
            Assert.Contains($"{article.First} ({article.Second})", words, StringComparison.Ordinal));
        Assert.Contains($"({unsubscribe})", words, StringComparison.Ordinal);
        Assert.DoesNotContain(IssueMessageTemplate.PlaceholderOrigin, html + text, StringComparison.Ordinal);
        Assert.All(text.Split('\n').Where(line => !line.Contains("http", StringComparison.Ordinal)), line => Assert.True(line.Length <= 78, line));
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Confirmation_email_should_have_a_bulletproof_button_and_a_text_part_with_the_link_once_when_sent(string theme, string language)
    {
        await using var showcase = await EmailShowcase.StartAsync(theme, language);

        var message = await showcase.ConfirmationAsync();

        var html = message.HtmlBody!;
        var text = message.TextBody!;
        var intro = EmailText.For(language).ConfirmIntro;
        Assert.Contains($"mso-hide:all;\">{WebUtility.HtmlEncode(intro).Replace("&#39;", "&#x27;", StringComparison.Ordinal)}&#847;", html, StringComparison.Ordinal);
        var link = ConfirmLink().Match(text).Value;
        Assert.NotEmpty(link);
        Assert.Matches($"<v:roundrect [^>]*href=\"{Regex.Escape(WebUtility.HtmlEncode(link))}\"", html);
        Assert.Matches($"<a href=\"{Regex.Escape(WebUtility.HtmlEncode(link))}\" class=\"oa-button\" style=\"display:inline-block;padding:14px 28px;", html);
        Assert.Single(ConfirmLink().Matches(text));
        Assert.Contains(EmailText.For(language).ConfirmStandardConsent, text.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains("- La lettre hebdo\n", text, StringComparison.Ordinal);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        Assert.Null(message.Headers["List-Unsubscribe"]);
    }

    [Fact]
    public void Preheader_should_fall_back_to_the_body_then_to_the_first_article_when_the_editor_left_it_empty()
    {
        var issue = new NewsletterIssueRecord { Subject = "S", Preheader = null, MessageKey = "k" };
        var longBody = "<h2>Titre</h2><p>" + string.Join(' ', Enumerable.Repeat("énergie", 30)) + "</p>";
        DigestItemView Article(string title) => new() { Title = title, Url = "https://hub.example/a" };

        Assert.Equal("Mon préheader", IssueComposer.Preheader(new NewsletterIssueRecord { Subject = "S", Preheader = "Mon préheader", MessageKey = "k" }, new IssueEmailView()));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("énergie", 17)) + "…", IssueComposer.Preheader(issue, new IssueEmailView { BodyHtml = longBody }));
        Assert.Equal("Court & net.", IssueComposer.Preheader(issue, new IssueEmailView { BodyHtml = "<h2>Titre</h2><p>Court &amp; <a href=\"https://x.example/\">net</a>.</p>" }));
        Assert.Equal("Premier article", IssueComposer.Preheader(issue, new IssueEmailView { Digest = [Article("Premier article"), Article("Second")] }));
        Assert.Null(IssueComposer.Preheader(issue, new IssueEmailView()));
    }

    [GeneratedRegex("<img [^>]*>")]
    private static partial Regex ImgTag();

    [GeneratedRegex("https?://\\S+/newsletters/confirm\\?token=[^\\s)]+")]
    private static partial Regex ConfirmLink();
}
