using System.Reflection;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Data.Portability;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.MediaLibrary.Storage;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Portability;

/// <summary>
/// <c>tenants backup</c>: a consistent snapshot of a tenant's database, its media masters and a manifest, taken while
/// the tenant keeps serving and writing. The masters are content-addressed and never change: those the library lists
/// are copied before the database snapshot, and those added while it was taken after it, so every item the snapshot
/// holds has its file. See <see cref="TenantRestorer"/> for the way back.
/// </summary>
internal sealed class TenantBackups(TenantDatabaseBackup databases, IMediaStorage storage, IServiceProvider services, IOptions<MediaOptions> options, TimeProvider clock)
{
    public async Task<BackupManifest> WriteAsync(TenantDescriptor tenant, Stream output, CancellationToken cancellationToken)
    {
        using var archive = BackupArchive.Create(output);
        var media = new List<BackupMediaFile>();
        var copied = new HashSet<string>(StringComparer.Ordinal);
        await CopyMediaAsync(tenant, archive, media, copied, cancellationToken);
        var dump = await databases.DumpAsync(tenant.Name, archive, cancellationToken);
        await CopyMediaAsync(tenant, archive, media, copied, cancellationToken);

        var manifest = new BackupManifest
        {
            CreatedUtc = clock.GetUtcNow(),
            Product = typeof(TenantBackups).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
            Provider = options.Value.Database.Provider.ToString(),
            Tenant = new BackupTenant(tenant.Name, tenant.DisplayName, tenant.Hosts, tenant.Prefix, tenant.Theme, tenant.Recipe),
            Database = dump,
            Media = media,
        };
        await archive.WriteManifestAsync(manifest, cancellationToken);
        return manifest with { Entries = archive.Written };
    }

    private async Task CopyMediaAsync(TenantDescriptor tenant, BackupArchive archive, List<BackupMediaFile> media, HashSet<string> copied, CancellationToken cancellationToken)
    {
        List<MediaItemRecord> items;
        await using (var scope = services.CreateTenantScope(tenant))
        {
            items = await scope.ServiceProvider.GetRequiredService<MediaStore>().AllAsync(cancellationToken);
        }

        foreach (var item in items.Where(i => copied.Add(i.Hash)))
        {
            var format = (MediaFormat)item.Format;
            await using var master = await storage.OpenAsync(tenant.Name, item.Hash, format, cancellationToken);
            if (master is null)
            {
                // Deleted since the list was read (the snapshot will not hold it either), or already missing: the library says so.
                continue;
            }

            var entry = $"media/{item.Hash}.{format.ToString().ToLowerInvariant()}";
            await archive.WriteAsync(entry, compress: false, stream => master.CopyToAsync(stream, cancellationToken), cancellationToken);
            media.Add(new BackupMediaFile(item.Hash, format, entry));
        }
    }
}
