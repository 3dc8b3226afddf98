using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.MediaLibrary.Storage;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>
/// Two cluster members with their own data folders on one PostgreSQL database: an image uploaded through one node's
/// admin is kept in the tenant's schema and served by the other, which renders its variants into its own cache.
/// </summary>
public sealed partial class ClusterMediaTests : ClusterTestBase
{
    [PostgresFact]
    public async Task Image_uploaded_through_one_node_should_be_served_with_its_variants_by_another_whenClustered()
    {
        await using var nodeA = StartNode(Storage.DataPath);
        await using var nodeB = StartNode(OtherDataPath);
        var (editor, tenant) = await HubAsync(nodeA, nodeB, "brand");

        var id = await UploadAsync(editor, "chaudière.jpg", TestImages.Jpeg(1200, 800));
        var page = await editor.PageAsync($"/media/{id}");
        var master = MasterPattern().Match(page).Value;
        var thumb = WebUtility.HtmlDecode(ThumbPattern().Match(page).Value);
        var masterOnB = await nodeB.Client().GetAsync(new Uri(master, UriKind.Relative));
        var thumbOnB = await nodeB.Client().GetAsync(new Uri(thumb, UriKind.Relative));
        var stored = await nodeB.Get<MediaOriginalStore>().TotalsAsync(tenant, default);

        Assert.Equal(HttpStatusCode.OK, masterOnB.StatusCode);
        Assert.Equal("image/jpeg", masterOnB.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, thumbOnB.StatusCode);
        Assert.Equal("image/webp", thumbOnB.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, stored.Count);
        Assert.Equal((await masterOnB.Content.ReadAsByteArrayAsync()).LongLength, stored.Bytes);

        // Node B rendered the thumbnail itself, from the original it read in PostgreSQL: it never saw the upload.
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(OtherDataPath, "tenants", tenant, MediaVariantCache.FolderName), "sq320.webp", SearchOption.AllDirectories));

        // And node A kept no master among its files (its variant cache is its own, and allowed).
        var mediaFolder = Path.Combine(Storage.DataPath, "tenants", tenant, "media");
        Assert.Empty(Directory.Exists(mediaFolder) ? Directory.EnumerateFiles(mediaFolder, "*", SearchOption.AllDirectories) : []);
    }

    [PostgresFact]
    public async Task Image_deleted_through_one_node_should_stop_being_served_by_another_whenClustered()
    {
        await using var nodeA = StartNode(Storage.DataPath);
        await using var nodeB = StartNode(OtherDataPath);
        var (editor, tenant) = await HubAsync(nodeA, nodeB, "brand");
        var id = await UploadAsync(editor, "toiture.jpg", TestImages.Jpeg(900, 600));
        var page = await editor.PageAsync($"/media/{id}");
        var master = new Uri(MasterPattern().Match(page).Value, UriKind.Relative);
        var thumb = new Uri(WebUtility.HtmlDecode(ThumbPattern().Match(page).Value), UriKind.Relative);
        var readerOnB = nodeB.Client();
        Assert.Equal(HttpStatusCode.OK, (await readerOnB.GetAsync(thumb)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await readerOnB.GetAsync(master)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await readerOnB.GetAsync(thumb)).StatusCode); // now a hit of B's own cache

        var deleted = await editor.PostFormAsync($"/media/{id}", $"/media/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await Eventually.TrueAsync(
            async () => (await readerOnB.GetAsync(thumb)).StatusCode == HttpStatusCode.NotFound && (await readerOnB.GetAsync(master)).StatusCode == HttpStatusCode.NotFound,
            TimeSpan.FromSeconds(10),
            "node B stops serving the image deleted through node A");
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(OtherDataPath, "tenants", tenant, MediaVariantCache.FolderName), $"{id}-*"));
        Assert.Equal(0, (await nodeB.Get<MediaOriginalStore>().TotalsAsync(tenant, default)).Count);
    }

    [PostgresFact]
    public async Task Hub_should_not_serve_another_hubs_original_through_its_own_urls_whenClustered()
    {
        await using var nodeA = StartNode(Storage.DataPath);
        await using var nodeB = StartNode(OtherDataPath);
        var (editorX, tenantX) = await HubAsync(nodeA, nodeB, "hubx");
        var (editorY, tenantY) = await HubAsync(nodeA, nodeB, "huby");
        var idX = await UploadAsync(editorX, "x.jpg", TestImages.Jpeg(400, 300));
        var idY = await UploadAsync(editorY, "y.jpg", TestImages.Png(500, 300));
        var pageY = await editorY.PageAsync($"/media/{idY}");
        var masterY = MasterPattern().Match(pageY).Value;
        var thumbY = WebUtility.HtmlDecode(ThumbPattern().Match(pageY).Value);
        string fullHashY;
        await using (var scope = await nodeB.TenantScopeAsync(tenantY))
        {
            fullHashY = (await scope.ServiceProvider.GetRequiredService<MediaStore>().FindAsync(idY, default))!.Hash;
        }

        var storage = nodeB.Get<IMediaStorage>();

        // Same id in both schemas (each hub numbers its own items): X's URLs with Y's hash or Y's signature find nothing.
        Assert.Equal(idX, idY);
        Assert.Equal(HttpStatusCode.OK, (await nodeB.Client().GetAsync(new Uri(masterY, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nodeB.Client().GetAsync(new Uri(masterY.Replace("/huby/", "/hubx/", StringComparison.Ordinal), UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nodeB.Client().GetAsync(new Uri(thumbY.Replace("/huby/", "/hubx/", StringComparison.Ordinal), UriKind.Relative))).StatusCode);

        // Nor through the storage itself: the row is in Y's schema only.
        Assert.True(storage.InTenantDatabase);
        await using (var own = await storage.OpenAsync(tenantY, fullHashY, MediaFormat.Png, default))
        {
            Assert.NotNull(own);
        }

        Assert.Null(await storage.OpenAsync(tenantX, fullHashY, MediaFormat.Png, default));
        Assert.False(await nodeB.Get<MediaOriginalStore>().ExistsAsync(tenantX, fullHashY, default));
    }


    /// <summary>A hub created through node A, known to node B, with an editor signed in through node A's admin.</summary>
    private async Task<(AdminClient Editor, string Tenant)> HubAsync(MediaHost nodeA, MediaHost nodeB, string name)
    {
        var tenant = await nodeA.CreateTenantAsync(name, prefix: name);
        await AdminClient.AddUserAsync(Storage, tenant, $"editor@{name}.test", "Editor");
        await nodeB.Get<TenantRegistry>().RefreshAsync(default);
        return (await AdminClient.SignInAsync(nodeA.Client(), name, $"editor@{name}.test"), tenant);
    }

    /// <summary>Posts a file as the admin's upload form does (multipart, with the page's antiforgery token); the new item's id.</summary>
    private static async Task<int> UploadAsync(AdminClient editor, string name, byte[] bytes)
    {
        var token = AdminClient.Token(await editor.Http.GetStringAsync(editor.Url("/media")));
        using var content = new MultipartFormDataContent { { new StringContent(token.Value), token.Key } };
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(part, "files", name);
        var response = await editor.Http.PostAsync(editor.Url("/media"), content);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"upload: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return int.Parse(MediaIdPattern().Match(response.Headers.Location!.ToString()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"/admin/media/(\d+)")]
    private static partial Regex MediaIdPattern();

    [GeneratedRegex(@"/[a-z]+/media/\d+/(?<hash>[0-9a-f]{16})\.(jpg|png)")]
    private static partial Regex MasterPattern();

    [GeneratedRegex(@"/[a-z]+/media/\d+/[0-9a-f]{16}/sq320\.webp\?k=[^""]+")]
    private static partial Regex ThumbPattern();
}
