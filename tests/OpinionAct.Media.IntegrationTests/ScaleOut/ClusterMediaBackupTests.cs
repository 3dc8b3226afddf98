using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.MediaLibrary;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.Portability;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>Backup and restore on a cluster member, whose masters live in the tenant's schema instead of files.</summary>
public sealed class ClusterMediaBackupTests : ClusterTestBase
{
    [PostgresFact]
    public async Task Restored_copy_should_carry_its_originals_once_and_be_served_by_another_node_whenClustered()
    {
        await using var nodeA = ClusterNode.Start(Storage, Cluster, Storage.DataPath);
        await using var nodeB = ClusterNode.Start(Storage, Cluster, OtherDataPath);
        var tenant = await nodeA.CreateTenantAsync("saved", prefix: "saved");
        MediaItemRecord item;
        await using (var scope = await nodeA.TenantScopeAsync(tenant))
        {
            item = await scope.ServiceProvider.GetRequiredService<MediaLibraryService>()
                .UploadAsync(new MemoryStream(TestImages.Jpeg(640, 480)), "facade.jpg", new MediaDetails { AltText = "Une façade" }, "test", default);
        }

        var file = Path.Combine(Storage.DataPath, "saved.backup.zip");
        await using (var output = File.Create(file))
        {
            await nodeA.Get<TenantBackups>().WriteAsync((await nodeA.Get<ITenantStore>().FindAsync(tenant, default))!, output, default);
        }

        await nodeA.Get<TenantRestorer>().RestoreAsync(new TenantRestoreRequest(tenant, file, As: "copy"), default);
        await nodeB.Get<TenantRegistry>().RefreshAsync(default);
        var master = await nodeB.Client().GetAsync(new Uri($"/copy/media/{item.Id}/{item.Hash[..16]}.jpg", UriKind.Relative));

        using (var zip = ZipFile.OpenRead(file))
        {
            // The master travels once, as a media entry: not a second time inside a dump of the MediaOriginals table.
            Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains(MediaOriginalStore.Table, StringComparison.Ordinal));
            Assert.Contains(zip.Entries, e => e.FullName.Contains(item.Hash, StringComparison.Ordinal));
        }

        Assert.Equal(HttpStatusCode.OK, master.StatusCode);
        Assert.Equal((1, item.Bytes), await nodeB.Get<MediaOriginalStore>().TotalsAsync("copy", default));
        Assert.Equal(1, (await nodeB.Get<MediaOriginalStore>().TotalsAsync(tenant, default)).Count);
    }
}
