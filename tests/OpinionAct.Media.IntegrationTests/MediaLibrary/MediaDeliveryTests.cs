using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Data.MediaLibrary;
using SixLabors.ImageSharp;

namespace OpinionAct.Media.IntegrationTests.MediaLibrary;

public sealed class MediaDeliveryTests
{
    [Fact]
    public async Task Uploaded_image_should_be_served_as_master_and_signed_variants()
    {
        await using var storage = await TestStorage.CreateAsync("Sqlite");
        await using var host = new MediaHost(storage);
        var tenant = await host.CreateTenantAsync("pics", prefix: "pics");
        string master, variant;
        await using (var scope = await host.TenantScopeAsync(tenant))
        {
            var library = scope.ServiceProvider.GetRequiredService<MediaLibraryService>();
            var item = await library.UploadAsync(new MemoryStream(TestImages.Jpeg(2000, 1000)), "Pompe à chaleur.JPG", new MediaDetails { AltText = "Une pompe" }, "editor", default);
            Assert.Equal("pompe-a-chaleur.jpg", item.FileName);
            Assert.Equal((2000, 1000), (item.Width, item.Height));
            var ring = await host.Get<MediaUrlKeys>().RingAsync(tenant, scope.ServiceProvider.GetRequiredService<MediaStore>(), default);
            var urls = new MediaUrls("/pics", ring);
            master = urls.Master(item);
            variant = urls.Variant(item, new VariantSpec(MediaCrop.None, 960, MediaFormat.Webp));
        }

        var client = host.Client();
        var response = await client.GetAsync(master);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());

        response = await client.GetAsync(variant);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var info = Image.Identify(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((960, 480), (info.Width, info.Height));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(variant.Replace("w960", "w961"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(variant[..variant.IndexOf('?')])).StatusCode);
    }
}
