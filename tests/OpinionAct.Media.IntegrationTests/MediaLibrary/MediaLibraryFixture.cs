using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.MediaLibrary.Pipeline;
using OpinionAct.Media.Web.MediaLibrary.Storage;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.MediaLibrary;

/// <summary>
/// One node with two hubs ("pa" with images, "pb" empty), shared by the pipeline and delivery cases: uploads
/// go through <see cref="MediaLibraryService"/> in a tenant scope, and <see cref="Snapshot"/> says what is stored.
/// </summary>
public sealed class MediaLibraryFixture : IAsyncLifetime
{
    public TestStorage Storage { get; private set; } = null!;

    public MediaHost Host { get; private set; } = null!;

    public string Tenant { get; private set; } = null!;

    public string Other { get; private set; } = null!;

    public TenantStorageLayout Layout => new(Storage.DataPath);

    public async Task InitializeAsync()
    {
        Storage = await TestStorage.CreateAsync();
        Host = new MediaHost(Storage);
        Tenant = await Host.CreateTenantAsync(prefix: "pa");
        Other = await Host.CreateTenantAsync(prefix: "pb");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
    }

    /// <summary>Runs <paramref name="work"/> in a scope of <paramref name="tenant"/> (the first hub by default).</summary>
    public async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> work, string? tenant = null)
    {
        var record = await Host.Get<ITenantStore>().FindAsync(tenant ?? Tenant, default);
        await using var scope = Host.Services.CreateTenantScope(record!);
        return await work(scope.ServiceProvider);
    }

    public Task<MediaItemRecord> UploadAsync(Stream content, string? fileName, MediaDetails? details = null) =>
        InTenantAsync(services => services.GetRequiredService<MediaLibraryService>().UploadAsync(content, fileName, details ?? new MediaDetails { AltText = "test" }, "tester", default));

    public Task<MediaItemRecord> UploadAsync(byte[] content, string? fileName = "image.jpg", MediaDetails? details = null) => UploadAsync(new MemoryStream(content), fileName, details);

    internal Task<MediaUrls> UrlsAsync(string? tenant = null) => InTenantAsync(async services =>
        new MediaUrls("/" + ((tenant ?? Tenant) == Tenant ? "pa" : "pb"), await Host.Get<MediaUrlKeys>().RingAsync(tenant ?? Tenant, services.GetRequiredService<MediaStore>(), default)), tenant);

    /// <summary>The stored master's bytes, read back through the storage interface.</summary>
    public async Task<byte[]> MasterBytesAsync(MediaItemRecord item)
    {
        await using var stream = await Host.Get<IMediaStorage>().OpenAsync(Tenant, item.Hash, (MediaFormat)item.Format, default);
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>Everything an upload could leave behind: rows, masters, cached variants, and spool files.</summary>
    public async Task<string> SnapshotAsync()
    {
        var rows = await InTenantAsync(async services => (await services.GetRequiredService<MediaStore>().AllAsync(default)).Count);
        return string.Join('\n', [$"rows: {rows}", .. Files(Layout.MediaFolder(Tenant)), .. Files(Host.Get<MediaVariantCache>().Folder(Tenant)), .. Files(Host.Get<MediaIngest>().SpoolFolder)]);
    }

    public IEnumerable<string> SpoolFiles() => Files(Host.Get<MediaIngest>().SpoolFolder);

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [];
}
