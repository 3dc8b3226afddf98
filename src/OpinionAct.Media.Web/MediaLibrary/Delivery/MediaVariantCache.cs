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

    public string Folder(string tenant) => Path.Combine(layout.TenantFolder(tenant), FolderName);

    /// <summary>The cached file of <paramref name="file"/> (a spec such as <c>w960.webp</c>, or <c>master.jpg</c>); it may not exist.</summary>
    public string PathOf(string tenant, int id, string version, string file) =>
        Path.Combine(Folder(tenant), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{id}-{version}"), file);

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
        if (!Directory.Exists(folder))
        {
            return;
        }

        var prefix = id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-";
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

    /// <summary>Drops the tenant's whole cache (<c>media regenerate</c>).</summary>
    public void DropAll(string tenant)
    {
        var folder = Folder(tenant);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
