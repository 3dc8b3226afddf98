using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.MediaLibrary.Storage;

/// <summary>
/// Masters on the local disk, inside the tenant's own folder (<c>tenants/&lt;name&gt;/media/ab/abcdef….jpg</c>):
/// isolation is the folder, and the hash, checked to be hex, is the only thing that names a file.
/// </summary>
internal sealed class FileMediaStorage(TenantStorageLayout layout) : IMediaStorage
{
    public bool InTenantDatabase => false;

    public async Task PutAsync(string tenant, string hash, MediaFormat format, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(tenant, hash, format);
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenAsync(string tenant, string hash, MediaFormat format, CancellationToken cancellationToken)
    {
        var path = PathOf(tenant, hash, format);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous)
            : null);
    }

    public Task DeleteAsync(string tenant, string hash, MediaFormat format, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(tenant, hash, format));
        return Task.CompletedTask;
    }

    private string PathOf(string tenant, string hash, MediaFormat format)
    {
        MediaHashes.Check(hash);

        if (TenantNaming.ValidateName(tenant) is { } error)
        {
            throw new ArgumentException(error, nameof(tenant));
        }

        return Path.Combine(layout.MediaFolder(tenant), hash[..2], hash + "." + format.Extension());
    }
}
