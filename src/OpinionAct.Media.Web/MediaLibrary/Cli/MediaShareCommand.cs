using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.MediaLibrary.Storage;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.MediaLibrary.Cli;

/// <summary>
/// <c>media originals share --tenant N</c>: when a lone PostgreSQL node joins a cluster, copies the hub's masters from
/// this node's files (<c>{DataPath}/tenants/&lt;name&gt;/media/</c>) into the shared <c>MediaOriginals</c> table, so
/// every member serves them. Run on the former lone node, with the cluster's settings; running it again is harmless.
/// </summary>
internal static class MediaShareCommand
{
    public static async Task<int> ShareAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        cli.Arguments.RejectUnknownOptions();
        if (!cli.Get<ClusterMode>().IsMember)
        {
            throw new MediaValidationException(
                "This node is not a cluster member, so its originals already live in its files: run 'media originals share' with the cluster's settings (PostgreSQL and Media:Redis:Configuration).");
        }

        var files = ActivatorUtilities.CreateInstance<FileMediaStorage>(cli.Services);
        var shared = cli.Get<IMediaStorage>();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var copied = 0;
        var missing = new List<int>();
        foreach (var item in await scope.ServiceProvider.GetRequiredService<MediaStore>().AllAsync(CancellationToken.None))
        {
            var format = (MediaFormat)item.Format;
            await using var existing = await shared.OpenAsync(tenant.Name, item.Hash, format, CancellationToken.None);
            if (existing is not null)
            {
                continue;
            }

            await using var file = await files.OpenAsync(tenant.Name, item.Hash, format, CancellationToken.None);
            if (file is null)
            {
                missing.Add(item.Id);
                continue;
            }

            await shared.PutAsync(tenant.Name, item.Hash, format, file, CancellationToken.None);
            copied++;
        }

        await cli.Out.WriteLineAsync($"{copied} original(s) of '{tenant.Name}' copied into the shared store.");
        if (missing.Count > 0)
        {
            await cli.Error.WriteLineAsync($"error: no file on this node for item(s) {string.Join(", ", missing)}: run this where the hub ran alone.");
            return MediaCli.Failure;
        }

        return MediaCli.Success;
    }
}
