using OpinionAct.Media.Markdown;

namespace OpinionAct.Media.Tests.Markdown;

/// <summary>The <c>media:</c> scheme survives on an img's src and nowhere else.</summary>
public sealed class MediaImageSanitizerTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void Render_should_keep_media_reference_with_alt_and_caption_when_markdown_inserts_a_library_image()
    {
        var html = Renderer.Render("![Une pompe](media:12 \"Au jardin\")").Html;

        Assert.Equal("<p><img src=\"media:12\" alt=\"Une pompe\" title=\"Au jardin\" loading=\"lazy\"></p>", html.TrimEnd());
    }

    [Theory]
    [InlineData("[lien](media:12)")]
    [InlineData("![x](media:12x)")]
    [InlineData("![x](media:0)")]
    [InlineData("![x](media:/etc/passwd)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](data:image/png;base64,AAAA)")]
    [InlineData("![x](vbscript:msgbox)")]
    [InlineData("[x](javascript:alert(1))")]
    public void Render_should_refuse_other_schemes_and_media_outside_img_src_when_markdown_tries(string markdown) =>
        AssertNoUnsafeUrl(Renderer.Render(markdown).Html);

    [Theory]
    [InlineData("<a href=\"media:12\">lien</a>")]
    [InlineData("<img src=\"javascript:alert(1)\">")]
    [InlineData("<img src=\"MEDIA:12 \">")]
    [InlineData("<img src=\"media:12\" srcset=\"javascript:alert(1) 1x\" onerror=\"alert(1)\">")]
    [InlineData("<video src=\"media:12\"></video><iframe src=\"media:12\"></iframe>")]
    public void SanitizeHtml_should_refuse_other_schemes_and_media_outside_img_src_when_html_tries(string html)
    {
        var clean = Renderer.SanitizeHtml(html);

        AssertNoUnsafeUrl(clean);
        Assert.DoesNotContain("onerror", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("srcset", clean, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SanitizeHtml_should_keep_media_reference_when_an_img_src_names_a_library_item() =>
        Assert.Contains("<img src=\"media:7\" alt=\"Toit\"", Renderer.SanitizeHtml("<img src=\"media:7\" alt=\"Toit\">"), StringComparison.Ordinal);

    private static void AssertNoUnsafeUrl(string html)
    {
        Assert.DoesNotMatch("(src|href)=\"\\s*(javascript|data|vbscript):", html);
        Assert.DoesNotContain("href=\"media:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("src=\"media:(?![1-9][0-9]*\")", html);
    }
}
