using Npgsql;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.MediaLibrary;

/// <summary>
/// A master's column stream that owns the reader, command and context it comes from: disposing it gives the
/// connection back to the pool. Read-only and forward-only, as the server sends it.
/// </summary>
internal sealed class MediaOriginalStream(Stream column, NpgsqlDataReader reader, NpgsqlCommand command, TenantDbContext db) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => column.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => column.Read(buffer);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        column.ReadAsync(buffer, offset, count, cancellationToken);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        column.ReadAsync(buffer, cancellationToken);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            column.Dispose();
            reader.Dispose();
            command.Dispose();
            db.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await column.DisposeAsync();
        await reader.DisposeAsync();
        await command.DisposeAsync();
        await db.DisposeAsync();
        await base.DisposeAsync();
    }
}
