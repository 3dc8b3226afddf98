using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.MediaLibrary.Usage;
using OpinionAct.Media.Web.Newsletters;
using SixLabors.ImageSharp;

namespace OpinionAct.Media.IntegrationTests.MediaLibrary;

/// <summary>How library images reach readers: pages, social cards, Markdown figures, emails, and where each item is used.</summary>
public sealed partial class MediaRenderingTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;
    private ContentSeed _seed = null!;
    private int _photo;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("pics");
        _seed = new ContentSeed(_host, "pics");
        _photo = await UploadAsync(TestImages.Jpeg(2000, 1000), new MediaDetails { AltText = "Une pompe à chaleur", Caption = "Légende", Credit = "Photo : Jeanne Martin" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Article_page_should_show_a_responsive_cover_and_the_og_crop_when_the_cover_is_a_library_item()
    {
        await _seed.ArticleAsync(ContentSeed.Draft("Pompes et jardins") with { CoverImage = $"media:{_photo}", CoverAlt = "Une pompe dans un jardin" });

        var html = await GetAsync("/pics/pompes-et-jardins");

        var cover = Regex.Match(html, "<figure class=\"cover\">(.*?)</figure>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("<picture><source type=\"image/webp\" srcset=\"", cover, StringComparison.Ordinal);
        Assert.Matches($"srcset=\"/pics/media/{_photo}/[0-9a-f]{{16}}/w448\\.jpg\\?k=[0-9a-f]+&amp;s=[A-Za-z0-9_-]{{22}} 448w, ", cover);
        Assert.Contains("w960.webp", cover, StringComparison.Ordinal);
        Assert.Contains("width=\"960\" height=\"480\"", cover, StringComparison.Ordinal);
        Assert.Contains("alt=\"Une pompe dans un jardin\"", cover, StringComparison.Ordinal);
        Assert.Contains("fetchpriority=\"high\"", cover, StringComparison.Ordinal);
        Assert.DoesNotContain("loading=\"lazy\"", cover, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Légende · Photo : Jeanne Martin</figcaption>", cover, StringComparison.Ordinal);

        var og = Meta(html, "og:image");
        Assert.Matches($"^http://localhost/pics/media/{_photo}/[0-9a-f]{{16}}/og1200\\.jpg\\?k=", og);
        Assert.Equal("1200", Meta(html, "og:image:width"));
        Assert.Equal("630", Meta(html, "og:image:height"));
        Assert.Equal("summary_large_image", Meta(html, "twitter:card"));
        Assert.Equal(og, Meta(html, "twitter:image"));

        var jsonLd = Regex.Match(html, "<script type=\"application/ld\\+json\">(.*?)</script>").Groups[1].Value;
        Assert.Matches("\"image\":\\[\"http://localhost/pics/media/[^\"]+/sq1200\\.jpg[^\"]*\",\"[^\"]+/wide1200\\.jpg[^\"]*\",\"[^\"]+/og1200\\.jpg", jsonLd);

        var feed = await GetAsync("/pics/feed.xml");
        Assert.Matches($"<media:content url=\"http://localhost/pics/media/{_photo}/[0-9a-f]{{16}}/w960\\.jpg\\?k=[^\"]+\" medium=\"image\" type=\"image/jpeg\" width=\"960\" height=\"480\" />", feed);

        var crop = await _host.Client().GetAsync(new Uri(WebUtility.HtmlDecode(og)));
        Assert.Equal(HttpStatusCode.OK, crop.StatusCode);
        var info = Image.Identify(await crop.Content.ReadAsByteArrayAsync());
        Assert.Equal((1200, 630), (info.Width, info.Height));
    }

    [Fact]
    public async Task Expert_page_should_show_the_library_portrait_and_name_it_in_json_ld_when_the_photo_is_a_library_item()
    {
        await _seed.InTenantAsync(async sp => (await sp.GetRequiredService<OpinionAct.Media.Web.Content.ExpertService>().SaveAsync(
            null, new OpinionAct.Media.Content.ExpertDraft { Name = "Claire Morel", PhotoUrl = $"media:{_photo}" }, ContentSeed.Editor, default)).Id);

        var html = await GetAsync("/pics/experts/claire-morel");

        Assert.Matches($"<img class=\"[^\"]*\" src=\"/pics/media/{_photo}/[0-9a-f]{{16}}/sq[0-9]+\\.jpg\\?k=", html);
        var jsonLd = Regex.Match(html, "<script type=\"application/ld\\+json\">(.*?)</script>").Groups[1].Value;
        Assert.Matches($"\"image\":\"http://localhost/pics/media/{_photo}/[0-9a-f]{{16}}/sq[0-9]+\\.jpg\\?k=[^\"]+\"", jsonLd);
    }

    [Fact]
    public async Task Markdown_image_should_become_a_figure_with_caption_and_credit_when_it_names_a_library_item()
    {
        var id = await _seed.ArticleAsync(ContentSeed.Draft("Figures") with
        {
            Body = $"Avant.\n\n![Une pompe](media:{_photo} \"Au jardin\")\n\nEn ligne ![petite](media:{_photo}) ici.\n\nAprès.",
        });

        // Publishing refuses a reference to an item the tenant does not have, so plant one in the stored HTML
        // the way an older import could have left it.
        await _seed.InTenantAsync(async sp =>
        {
            var db = sp.GetRequiredService<TenantDbContext>();
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            article.BodyHtml = article.BodyHtml.Replace("<p>Après.</p>", "<p><img src=\"media:999999\" alt=\"Rien\"></p>\n<p>Après.</p>", StringComparison.Ordinal);
            Assert.Contains("media:999999", article.BodyHtml, StringComparison.Ordinal);
            return await db.SaveChangesAsync();
        });

        var html = await GetAsync("/pics/figures");

        var figure = Regex.Match(html, "<figure class=\"media-figure\">(.*?)</figure>", RegexOptions.Singleline).Groups[1].Value;
        Assert.StartsWith("<picture><source type=\"image/webp\"", figure, StringComparison.Ordinal);
        Assert.Contains("alt=\"Une pompe\"", figure, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\" decoding=\"async\"", figure, StringComparison.Ordinal);
        Assert.Contains("width=\"960\" height=\"480\"", figure, StringComparison.Ordinal);
        Assert.EndsWith("<figcaption>Au jardin · Photo : Jeanne Martin</figcaption>", figure, StringComparison.Ordinal);
        Assert.Contains("<p>En ligne <picture>", html, StringComparison.Ordinal);

        // An id the tenant does not have renders nothing: no broken img, no leftover reference.
        Assert.DoesNotContain("media:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rien", html, StringComparison.Ordinal);
        Assert.Contains("Après.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_should_show_the_new_urls_when_the_file_is_replaced()
    {
        await _seed.ArticleAsync(ContentSeed.Draft("Remplacer") with { CoverImage = $"media:{_photo}", CoverAlt = "Avant" });
        var before = Meta(await GetAsync("/pics/remplacer"), "og:image");
        Assert.Equal(before, Meta(await GetAsync("/pics/remplacer"), "og:image"));

        await _seed.InTenantAsync(async sp => await sp.GetRequiredService<MediaLibraryService>().ReplaceAsync(_photo, new MemoryStream(TestImages.Png(1600, 1200)), "nouvelle.png", default));

        var html = await GetAsync("/pics/remplacer");
        var after = Meta(html, "og:image");
        Assert.NotEqual(before, after);
        Assert.Contains("/og1200.png?", after, StringComparison.Ordinal);
        Assert.Contains("width=\"960\" height=\"720\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_should_render_the_widths_the_theme_declares_when_the_theme_has_image_sizes()
    {
        var item = await _seed.InTenantAsync(async sp => (await sp.GetRequiredService<MediaStore>().FindAsync(_photo, default))!);
        var cache = _host.Get<MediaVariantCache>();
        var version = MediaUrls.Version(item);

        // Expert (the default theme) declares card 448 and cover 1200, beside the defaults 480, 960, 1600.
        foreach (var spec in new[] { "w448.webp", "w448.jpg", "w1200.webp", "w1200.jpg", "w480.jpg", "w1600.webp", "og1200.jpg" })
        {
            Assert.True(File.Exists(cache.PathOf("pics", _photo, version, spec)), $"{spec} is rendered at upload");
        }

        var widths = await _seed.InTenantAsync(sp => sp.GetRequiredService<MediaLibraryService>().DeclaredWidthsAsync(default));
        Assert.Equal([448, 480, 960, 1200, 1600], widths);
    }

    [Fact]
    public async Task Email_should_use_the_1200px_portable_variant_shown_600_wide_when_an_issue_has_library_images()
    {
        var png = await UploadAsync(TestImages.Png(1500, 1000), new MediaDetails { AltText = "Un schéma" });
        var article = await _seed.ArticleAsync(ContentSeed.Draft("Lettre") with { CoverImage = $"media:{_photo}", CoverAlt = "Couverture" });
        var issue = new NewsletterIssueRecord { Subject = "Numéro 1", MessageKey = "k", BodyMarkdown = $"![Le schéma](media:{png})", ArticleIdsJson = $"[{article}]" };

        var view = await _seed.InTenantAsync(sp => sp.GetRequiredService<IssueComposer>().ComposeAsync(issue, "https://brand.example/pics/", default));

        Assert.Matches($"<img src=\"https://brand\\.example/pics/media/{png}/[0-9a-f]{{16}}/w1200\\.png\\?k=[^\"]+\" width=\"600\" height=\"400\" alt=\"Le schéma\"", view.BodyHtml);
        var cover = Assert.Single(view.Digest).Cover!;
        Assert.Matches($"^https://brand\\.example/pics/media/{_photo}/[0-9a-f]{{16}}/w1200\\.jpg\\?k=", cover.Src);
        Assert.Equal((600, 300, "Couverture"), (cover.Width, cover.Height, cover.Alt));
        Assert.DoesNotContain("webp", view.BodyHtml + cover.Src, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_sources_should_find_each_kind_and_not_confuse_media_12_with_media_123_when_asked()
    {
        var other = await UploadAsync(TestImages.Jpeg(400, 300), new MediaDetails { AltText = "Autre" });
        var a = MediaReferenceOf(_photo);
        // A draft: publishing would refuse media:<id>0, an item the tenant does not have; usages count drafts too.
        await _seed.ArticleAsync(ContentSeed.Draft("Usages") with { CoverImage = a, CoverAlt = "Couverture", Body = $"![x]({a}0)" }, publish: false);
        await _seed.ArticleAsync(ContentSeed.Draft("Corps") with { Body = $"Voir ![x]({a})." });
        await _seed.InTenantAsync(async sp =>
        {
            await sp.GetRequiredService<OpinionAct.Media.Web.Content.PageService>().SaveAsync(null, new OpinionAct.Media.Content.PageDraft("À propos", Body: $"![x]({a})"), ContentSeed.Editor, default);
            var db = sp.GetRequiredService<TenantDbContext>();
            db.Topics.Add(new OpinionAct.Media.Data.Content.TopicRecord { Name = "Énergie", Slug = "energie", Image = a });
            db.Experts.Add(new OpinionAct.Media.Data.Content.ExpertRecord { Name = "Claire", Slug = "claire", PhotoUrl = a, BioMarkdown = $"![x]({a})" });
            var settings = await db.SiteSettings.FirstOrDefaultAsync() ?? db.SiteSettings.Add(new SiteSettingsRecord()).Entity;
            settings.Logo = a;
            settings.SocialImage = MediaReferenceOf(other);
            var newsletter = db.Set<NewsletterRecord>().Add(new NewsletterRecord { Name = "Lettre", Slug = "lettre", SenderName = "Lettre", SenderAddress = "lettre@example.org" }).Entity;
            await db.SaveChangesAsync();
            db.Set<NewsletterIssueRecord>().Add(new NewsletterIssueRecord { NewsletterId = newsletter.Id, Subject = "Numéro 2", MessageKey = "k2", BodyMarkdown = $"![x]({a})" });
            return await db.SaveChangesAsync();
        });

        var usages = await _seed.InTenantAsync(sp => sp.GetRequiredService<MediaUsageFinder>().FindAsync(_photo, default));
        var found = usages.Select(u => $"{u.Kind}|{(u.Kind == "settings" ? "-" : u.Title)}|{u.Field}").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            ["article|Corps|body", "article|Usages|cover", "expert|Claire|bio", "expert|Claire|photo", "newsletter issue|Numéro 2|body", "page|À propos|body", "settings|-|logo", "topic|Énergie|image"],
            found);
        var social = await _seed.InTenantAsync(sp => sp.GetRequiredService<MediaUsageFinder>().FindAsync(other, default));
        Assert.Equal("social image", Assert.Single(social).Field);
        var err = await Assert.ThrowsAsync<MediaInUseException>(() => _seed.InTenantAsync<bool>(async sp =>
        {
            await sp.GetRequiredService<MediaLibraryService>().DeleteAsync(_photo, default);
            return true;
        }));
        Assert.Equal(8, err.Usages.Count);
    }

    private static string MediaReferenceOf(int id) => OpinionAct.Media.MediaLibrary.MediaReference.For(id);

    private Task<int> UploadAsync(byte[] bytes, MediaDetails details) =>
        _seed.InTenantAsync(async sp => (await sp.GetRequiredService<MediaLibraryService>().UploadAsync(new MemoryStream(bytes), "image.jpg", details, "editor", default)).Id);

    private Task<string> GetAsync(string path) => _host.Client().GetStringAsync(new Uri(path, UriKind.Relative));

    private static string Meta(string html, string property) =>
        Regex.Match(html, $"<meta (?:property|name)=\"{Regex.Escape(property)}\" content=\"([^\"]*)\">").Groups[1].Value;
}
