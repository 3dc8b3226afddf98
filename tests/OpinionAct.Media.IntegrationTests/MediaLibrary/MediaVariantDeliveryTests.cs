using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.Tenancy;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace OpinionAct.Media.IntegrationTests.MediaLibrary;

/// <summary>
/// The variant endpoint as the public meets it: only URLs this tenant signed, for this tenant's items,
/// within the width limit, are served; crops centre on the focal point; every answer is cacheable for a
/// year and revalidates with its ETag; the cache, the keys and the node can all be replaced under it.
/// </summary>
public sealed class MediaVariantDeliveryTests(MediaLibraryFixture fixture) : IClassFixture<MediaLibraryFixture>
{
    private static readonly VariantSpec W480 = new(MediaCrop.None, 480, MediaFormat.Webp);

    [Fact]
    public async Task Variant_should_be_404_when_the_url_is_unsigned_or_tampered()
    {
        var item = await fixture.UploadAsync(TestImages.Jpeg(1000, 500), "sig.jpg");
        var url = (await fixture.UrlsAsync()).Variant(item, W480);
        var client = fixture.Host.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);

        var path = url[..url.IndexOf('?')];
        var query = System.Web.HttpUtility.ParseQueryString(url[(url.IndexOf('?') + 1)..]);
        var (key, signature) = (query["k"]!, query["s"]!);
        var version = MediaUrls.Version(item);
        string[] refused =
        [
            path,                                                                    // unsigned
            $"{path}?k={key}",                                                       // no signature
            $"{path}?s={signature}",                                                 // no key id
            $"{path}?k={key}&s={Flip(signature)}",                                   // signature changed
            $"{path}?k={key}&s={signature[..^1]}",                                   // signature cut
            $"{path}?k=00000000&s={signature}",                                      // another key id
            $"{path.Replace("w480.webp", "w960.webp")}?k={key}&s={signature}",       // spec changed
            $"{path.Replace("w480.webp", "w480.jpg")}?k={key}&s={signature}",        // format changed
            $"{path.Replace("w480.webp", "sq480.webp")}?k={key}&s={signature}",      // crop changed
            $"{path.Replace(version, Flip(version))}?k={key}&s={signature}",         // version changed
            $"{path.Replace($"/media/{item.Id}/", $"/media/{item.Id + 1000}/")}?k={key}&s={signature}", // id changed
        ];
        foreach (var bad in refused)
        {
            Assert.True(HttpStatusCode.NotFound == (await client.GetAsync(bad)).StatusCode, bad);
        }
    }

    [Fact]
    public async Task Variant_should_be_404_when_wider_than_the_limit_even_when_signed()
    {
        var item = await fixture.UploadAsync(TestImages.Jpeg(1000, 500), "wide.jpg");
        var urls = await fixture.UrlsAsync();
        var client = fixture.Host.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(urls.Variant(item, new VariantSpec(MediaCrop.None, 3841, MediaFormat.Webp)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(urls.Variant(item, new VariantSpec(MediaCrop.Square, 99999, MediaFormat.Jpeg)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(urls.Variant(item, new VariantSpec(MediaCrop.None, 3840, MediaFormat.Webp)))).StatusCode);
    }

    [Fact]
    public async Task Variant_should_be_404_for_another_tenants_media_even_with_a_url_signed_for_the_first()
    {
        var item = await fixture.UploadAsync(TestImages.Jpeg(800, 400), "mine.jpg");
        var urls = await fixture.UrlsAsync();
        var client = fixture.Host.Client();
        var variant = urls.Variant(item, W480);
        var master = urls.Master(item);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(variant)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(master)).StatusCode);

        // The same paths on the other hub: its database has no such item and its ring no such key.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/pb" + variant[3..])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/pb" + master[3..])).StatusCode);

        // Even a URL the other hub signs itself, for an id it does not hold.
        var theirs = await fixture.UrlsAsync(fixture.Other);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(theirs.Variant(item, W480))).StatusCode);
    }

    [Fact]
    public async Task Variant_should_never_be_wider_than_the_master()
    {
        var item = await fixture.UploadAsync(TestImages.Jpeg(700, 350), "small.jpg");
        var urls = await fixture.UrlsAsync();
        var client = fixture.Host.Client();
        foreach (var spec in new[] { new VariantSpec(MediaCrop.None, 1600, MediaFormat.Webp), new VariantSpec(MediaCrop.None, 3000, MediaFormat.Jpeg), new VariantSpec(MediaCrop.Square, 2000, MediaFormat.Jpeg), new VariantSpec(MediaCrop.OpenGraph, 1200, MediaFormat.Jpeg) })
        {
            var response = await client.GetAsync(urls.Variant(item, spec));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var info = Image.Identify(await response.Content.ReadAsByteArrayAsync());
            Assert.True(info.Width <= 700 && info.Height <= 350, $"{spec}: {info.Width}×{info.Height}");
        }
    }

    [Theory]
    [InlineData("sq320.png", 320, 320)]
    [InlineData("wide960.png", 960, 540)]
    [InlineData("og1200.png", 1200, 630)]
    public async Task Crop_should_centre_on_the_focal_point(string spec, int width, int height)
    {
        // A red square on blue, well right of the centre: the crop must hold it in its middle, the default centre would miss it.
        using var drawn = HostileImages.Target(3000, 1000, cx: 1900, cy: 500, side: 240);
        var item = await fixture.UploadAsync(TestImages.Encode(drawn, new PngEncoder()), "target.png", new MediaDetails { AltText = "target", FocalX = 1900 / 3000d, FocalY = 0.5 });
        var urls = await fixture.UrlsAsync();
        var response = await fixture.Host.Client().GetAsync(urls.Variant(item, VariantSpec.Parse(spec)!.Value));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var crop = Image.Load<Rgba32>(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((width, height), (crop.Width, crop.Height));
        var centre = crop[width / 2, height / 2];
        Assert.True(centre.R > 200 && centre.B < 60, $"{spec} centre is {centre}");
        var edge = crop[2, height / 2];
        Assert.True(edge.B > 200 && edge.R < 60, $"{spec} left edge is {edge}");
    }

    [Fact]
    public async Task Variant_should_carry_immutable_caching_nosniff_and_a_strong_etag_that_revalidates()
    {
        var item = await fixture.UploadAsync(TestImages.Jpeg(800, 400), "cache.jpg");
        var urls = await fixture.UrlsAsync();
        var client = fixture.Host.Client();
        foreach (var url in new[] { urls.Variant(item, W480), urls.Master(item) })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", string.Join(", ", response.Headers.GetValues("Cache-Control")));
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
            var tag = response.Headers.ETag;
            Assert.NotNull(tag);
            Assert.False(tag.IsWeak);

            using var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.IfNoneMatch.Add(tag);
            var revalidated = await client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
            Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());

            using var stale = new HttpRequestMessage(HttpMethod.Get, url);
            stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
        }
    }

    [Fact]
    public async Task Variant_cache_should_be_rebuilt_on_the_next_request_after_it_is_deleted()
    {
        var item = await fixture.UploadAsync(TestImages.Jpeg(800, 400), "rebuild.jpg");
        var urls = await fixture.UrlsAsync();
        var client = fixture.Host.Client();
        var url = urls.Variant(item, new VariantSpec(MediaCrop.Square, 200, MediaFormat.Webp));
        var first = await (await client.GetAsync(url)).Content.ReadAsByteArrayAsync();

        var folder = fixture.Host.Get<MediaVariantCache>().Folder(fixture.Tenant);
        Directory.Delete(folder, recursive: true);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(first, await response.Content.ReadAsByteArrayAsync());
        Assert.True(File.Exists(fixture.Host.Get<MediaVariantCache>().PathOf(fixture.Tenant, item.Id, MediaUrls.Version(item), "sq200.webp")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(urls.Master(item))).StatusCode);
    }

    [Fact]
    public async Task Key_rotation_should_keep_old_urls_valid_and_sign_new_ones_with_the_new_key()
    {
        var item = await fixture.UploadAsync(TestImages.Jpeg(800, 400), "rotate.jpg");
        var before = (await fixture.UrlsAsync()).Variant(item, W480);
        var newKey = await fixture.InTenantAsync(services => fixture.Host.Get<MediaUrlKeys>().RotateAsync(fixture.Tenant, services.GetRequiredService<MediaStore>(), default));
        var after = (await fixture.UrlsAsync()).Variant(item, W480);

        Assert.Contains($"k={newKey}&", after);
        Assert.DoesNotContain($"k={newKey}&", before);
        var client = fixture.Host.Client();
        fixture.Host.Get<MediaVariantCache>().Drop(fixture.Tenant, item.Id); // verified against the ring, not the cache
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(before)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(after)).StatusCode);
    }

    [Fact]
    public async Task Signed_urls_should_stay_valid_on_a_new_node_after_a_restart()
    {
        await using var storage = await TestStorage.CreateAsync();
        string variant, master;
        await using (var host = new MediaHost(storage))
        {
            var tenant = await host.CreateTenantAsync(prefix: "rs");
            await using var scope = await host.TenantScopeAsync(tenant);
            var item = await scope.ServiceProvider.GetRequiredService<MediaLibraryService>().UploadAsync(new MemoryStream(TestImages.Jpeg(800, 400)), "restart.jpg", new MediaDetails { AltText = "x" }, "t", default);
            var urls = new MediaUrls("/rs", await host.Get<MediaUrlKeys>().RingAsync(tenant, scope.ServiceProvider.GetRequiredService<MediaStore>(), default));
            variant = urls.Variant(item, new VariantSpec(MediaCrop.Wide, 320, MediaFormat.Jpeg));
            master = urls.Master(item);
            Assert.Equal(HttpStatusCode.OK, (await host.Client().GetAsync(variant)).StatusCode);
            host.Get<MediaVariantCache>().DropAll(tenant);
        }

        await using var restarted = new MediaHost(storage);
        var client = restarted.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(variant)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(master)).StatusCode);
    }

    private static string Flip(string text) => (text[0] == 'a' ? 'b' : 'a') + text[1..];
}
