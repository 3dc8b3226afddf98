using System.Collections.Concurrent;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.MediaLibrary.Delivery;

/// <summary>
/// This node's rendered variants (and a copy of each master served), in
/// <c>tenants/&lt;name&gt;/media-cache/&lt;id&gt;-&lt;version&gt;/&lt;spec&gt;</c>. Everything here can be deleted at
/// any time and is rebuilt on the next request; writes are atomic, so a reader never sees half a file.
/// </summary>
internal sealed class MediaVariantCache(TenantStorageLayout layout)
{
    public const string FolderName = "media-cache";

    /// <summary>Files up to this size are also kept in memory once served: thumbnails and page-width variants, not masters.</summary>
    private const int HotFileLimit = 256 * 1024;

    /// <summary>Memory given to those copies on this node; past it, files are served from disk only.</summary>
    private const long HotBytesLimit = 64L * 1024 * 1024;

    // A read-through copy of small cached files: a request for a hot variant costs a stat, not an open and a read.
    // The disk stays the cache; a file missing from disk is a miss even when memory still holds it.
    private readonly ConcurrentDictionary<string, byte[]> _hot = new(StringComparer.Ordinal);
    private long _hotBytes;

    public string Folder(string tenant) => Path.Combine(layout.TenantFolder(tenant), FolderName);

    /// <summary>The cached file of <paramref name="file"/> (a spec such as <c>w960.webp</c>, or <c>master.jpg</c>); it may not exist.</summary>
    public string PathOf(string tenant, int id, string version, string file) =>
        Path.Combine(Folder(tenant), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{id}-{version}"), file);

    /// <summary>The bytes of a cached file when it is small enough to keep in memory (read once, then kept); null to serve it from disk.</summary>
    public async Task<byte[]?> HotAsync(string path, CancellationToken cancellationToken)
    {
        if (_hot.TryGetValue(path, out var bytes))
        {
            return bytes;
        }

        var length = new FileInfo(path).Length;
        if (length > HotFileLimit || Interlocked.Read(ref _hotBytes) + length > HotBytesLimit)
        {
            return null;
        }

        bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        if (_hot.TryAdd(path, bytes))
        {
            Interlocked.Add(ref _hotBytes, bytes.Length);
        }

        return bytes;
    }

    public static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await write(file);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Drops every cached file of an item (all its versions): after a delete, a replace or a new focal point.</summary>
    public void Drop(string tenant, int id)
    {
        var folder = Folder(tenant);
        var prefix = id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-";
        Forget(Path.Combine(folder, prefix));
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(folder, prefix + "*"))
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A file being served right now; the folder is unreachable by URL anyway and goes with the next drop.
            }
        }
    }

    /// <summary>Drops the cached files of one version of an item (a variant version, or the first 16 digits of a master's hash).</summary>
    public void DropVersion(string tenant, int id, string version)
    {
        var folder = Path.Combine(Folder(tenant), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{id}-{version}"));
        Forget(folder + Path.DirectorySeparatorChar);
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Being served right now; it is never trusted again, and the next drop of the item takes it.
        }
    }

    /// <summary>Drops the tenant's whole cache (<c>media regenerate</c>).</summary>
    public void DropAll(string tenant)
    {
        var folder = Folder(tenant);
        Forget(folder + Path.DirectorySeparatorChar);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Forgets the memory copies of every cached file whose path starts with <paramref name="pathPrefix"/> (one file, an item, a tenant).</summary>
    public void Forget(string pathPrefix)
    {
        foreach (var key in _hot.Keys.Where(k => k.StartsWith(pathPrefix, StringComparison.Ordinal)))
        {
            if (_hot.TryRemove(key, out var bytes))
            {
                Interlocked.Add(ref _hotBytes, -bytes.Length);
            }
        }
    }
}
