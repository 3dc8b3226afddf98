using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.MediaLibrary;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>A lone PostgreSQL node's hub joins a cluster: <c>media originals share</c> copies its files into the shared table.</summary>
public sealed class MediaShareCliTests : ClusterTestBase
{
    [PostgresFact]
    public async Task Share_should_make_a_formerly_lone_hubs_files_served_by_every_member_when_run_withCluster_settings()
    {
        MediaItemRecord item;
        await using (var lone = new MediaHost(Storage))
        {
            var tenant = await lone.CreateTenantAsync("solo", prefix: "solo");
            await using var scope = await lone.TenantScopeAsync(tenant);
            item = await scope.ServiceProvider.GetRequiredService<MediaLibraryService>()
                .UploadAsync(new MemoryStream(TestImages.Jpeg(500, 400)), "seul.jpg", new MediaDetails { AltText = "Seul" }, "test", default);
        }

        var asLone = await RunAsync(clustered: false);
        var first = await RunAsync(clustered: true);
        var again = await RunAsync(clustered: true);
        await using var member = ClusterNode.Start(Storage, Cluster, OtherDataPath);
        var master = await member.Client().GetAsync(new Uri($"/solo/media/{item.Id}/{item.Hash[..16]}.jpg", UriKind.Relative));

        Assert.Equal(MediaCli.Failure, asLone.ExitCode);
        Assert.Contains("This node is not a cluster member", asLone.Error, StringComparison.Ordinal);
        Assert.True(first.ExitCode == MediaCli.Success, first.ToString());
        Assert.Contains("1 original(s) of 'solo' copied", first.Out, StringComparison.Ordinal);
        Assert.Contains("0 original(s) of 'solo' copied", again.Out, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, master.StatusCode);
        Assert.Equal((1, item.Bytes), await member.Get<MediaOriginalStore>().TotalsAsync("solo", default));
    }

    private async Task<CliResult> RunAsync(bool clustered)
    {
        var settings = Storage.Settings();
        if (clustered)
        {
            settings["Media:Redis:Configuration"] = Cluster.Redis;
            settings["Media:Redis:Prefix"] = Cluster.Prefix;
            settings["Media:DataProtection:MasterKey"] = Cluster.MasterKey;
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await HostBuildGate.RunCliAsync(() => MediaCli.RunAsync(["media", "originals", "share", "--tenant", "solo"], stdout, stderr, new StringReader(string.Empty), settings));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
