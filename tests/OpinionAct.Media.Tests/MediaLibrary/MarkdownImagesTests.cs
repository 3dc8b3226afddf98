using OpinionAct.Media.Content;
using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Tests.MediaLibrary;

public sealed class MarkdownImagesTests
{
    [Fact]
    public void Find_should_list_library_images_with_their_alt_text_when_the_body_shows_them()
    {
        var images = MarkdownImages.Find("Texte.\n\n![Une *pompe* à chaleur](media:12)\n\n![](media:120 \"titre\") et ![photo](https://example.org/a.jpg)");

        Assert.Equal([new MarkdownImage(12, "Une pompe à chaleur"), new MarkdownImage(120, string.Empty)], images);
    }

    [Fact]
    public void Find_should_ignore_references_when_they_are_code_or_links()
    {
        var images = MarkdownImages.Find("`![x](media:3)`\n\n    ![y](media:4)\n\n[lien](media:5) media:6");

        Assert.Empty(images);
    }

    [Fact]
    public void Article_validator_should_accept_a_library_cover_without_cover_alt_when_the_item_may_carry_it()
    {
        var library = ArticleValidator.Validate(new ArticleDraft { Title = "T", CoverImage = "media:12" });
        var url = ArticleValidator.Validate(new ArticleDraft { Title = "T", CoverImage = "https://example.org/c.jpg" });
        var bad = ArticleValidator.Validate(new ArticleDraft { Title = "T", CoverImage = "media:x", CoverAlt = "alt" });

        Assert.False(library.Any);
        Assert.True(url.Has(nameof(ArticleDraft.CoverAlt)));
        Assert.True(bad.Has(nameof(ArticleDraft.CoverImage)));
    }
}
