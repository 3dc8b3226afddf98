using System.Security.Cryptography;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Storage;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>The storage contract of a cluster member's masters, on the real PostgreSQL: once per hash, all or nothing, streamed, deleted.</summary>
public sealed class PostgresMediaStorageTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _node = null!;
    private string _tenant = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync("Postgres");
        _node = ClusterNode.Start(_storage, ClusterSettingsForTest.WithoutRedis(), _storage.DataPath);
        _tenant = await _node.CreateTenantAsync();
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        await _storage.DisposeAsync();
    }

    private IMediaStorage Storage => _node.Get<IMediaStorage>();

    private MediaOriginalStore Originals => _node.Get<MediaOriginalStore>();

    [PostgresFact]
    public async Task Original_should_round_trip_through_a_stream_when_larger_than_the_driver_buffers()
    {
        var bytes = RandomNumberGenerator.GetBytes(6 * 1024 * 1024 + 17);
        var hash = Hash(bytes);

        await Storage.PutAsync(_tenant, hash, MediaFormat.Jpeg, new MemoryStream(bytes), default);
        await using var read = await Storage.OpenAsync(_tenant, hash, MediaFormat.Jpeg, default);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);

        Assert.False(read.CanSeek); // handed out as it arrives, not loaded whole first
        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal((1, (long)bytes.Length), await Originals.TotalsAsync(_tenant, default));
    }

    [PostgresFact]
    public async Task Second_write_of_a_hash_should_change_nothing_when_the_original_exists()
    {
        var bytes = RandomNumberGenerator.GetBytes(1000);
        var hash = Hash(bytes);
        await Storage.PutAsync(_tenant, hash, MediaFormat.Png, new MemoryStream(bytes), default);

        await Storage.PutAsync(_tenant, hash, MediaFormat.Png, new BreakingStream(10), default); // never read: the hash is there
        await using var read = await Storage.OpenAsync(_tenant, hash, MediaFormat.Png, default);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);

        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(1, (await Originals.TotalsAsync(_tenant, default)).Count);
    }

    [PostgresFact]
    public async Task Failed_write_should_leave_no_original_when_the_stream_breaks_midway()
    {
        var hash = Hash(RandomNumberGenerator.GetBytes(64));

        await Assert.ThrowsAnyAsync<Exception>(() => Storage.PutAsync(_tenant, hash, MediaFormat.Jpeg, new BreakingStream(2 * 1024 * 1024), default));

        Assert.Null(await Storage.OpenAsync(_tenant, hash, MediaFormat.Jpeg, default));
        Assert.Equal((0, 0L), await Originals.TotalsAsync(_tenant, default));

        // The pool still works after the broken connection.
        var bytes = RandomNumberGenerator.GetBytes(300);
        await Storage.PutAsync(_tenant, Hash(bytes), MediaFormat.Jpeg, new MemoryStream(bytes), default);
        Assert.Equal(1, (await Originals.TotalsAsync(_tenant, default)).Count);
    }

    [PostgresFact]
    public async Task Original_should_be_gone_when_deleted_or_asked_in_another_format()
    {
        var bytes = RandomNumberGenerator.GetBytes(500);
        var hash = Hash(bytes);
        await Storage.PutAsync(_tenant, hash, MediaFormat.Gif, new MemoryStream(bytes), default);

        var otherFormat = await Storage.OpenAsync(_tenant, hash, MediaFormat.Webp, default);
        await Storage.DeleteAsync(_tenant, hash, MediaFormat.Gif, default);

        Assert.Null(otherFormat);
        Assert.Null(await Storage.OpenAsync(_tenant, hash, MediaFormat.Gif, default));
        Assert.Equal(0, (await Originals.TotalsAsync(_tenant, default)).Count);
    }

    [PostgresFact]
    public async Task Original_should_be_stored_whole_when_given_as_a_stream_of_unknown_length()
    {
        var bytes = RandomNumberGenerator.GetBytes(200_000);
        var hash = Hash(bytes);

        await Storage.PutAsync(_tenant, hash, MediaFormat.Jpeg, new ForwardOnlyStream(bytes), default);
        await using var read = await Storage.OpenAsync(_tenant, hash, MediaFormat.Jpeg, default);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);

        Assert.Equal(bytes, copy.ToArray());
        Assert.Empty(Directory.Exists(Path.Combine(_storage.DataPath, "media-spool")) ? Directory.EnumerateFiles(Path.Combine(_storage.DataPath, "media-spool")) : []);
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
