using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class CoalescingStreamTests
{
    /// <summary>The connection under the stream: records each write it is handed, and answers reads from a script.</summary>
    private sealed class RecordingConnection(byte[] replies) : MemoryStream(replies)
    {
        public List<byte[]> Writes { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer) => Writes.Add(buffer.ToArray());

        public override void Write(byte[] buffer, int offset, int count) => Writes.Add(buffer.AsSpan(offset, count).ToArray());

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes.Add(buffer.ToArray());
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Writes.Add(buffer.AsSpan(offset, count).ToArray());
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task CoalescingStream_should_hand_many_small_writes_to_the_connection_in_one_write_when_the_writer_flushes()
    {
        var connection = new RecordingConnection([]);
        await using var stream = new CoalescingStream(connection);
        var block = new byte[4096];
        Array.Fill(block, (byte)'a');

        await stream.WriteAsync(block);
        await stream.WriteAsync(block);
        await stream.WriteAsync(block.AsMemory(0, 1200));
        await stream.WriteAsync("\r\n.\r\n"u8.ToArray());
        Assert.Empty(connection.Writes);

        await stream.FlushAsync();

        var write = Assert.Single(connection.Writes);
        Assert.Equal(4096 + 4096 + 1200 + 5, write.Length);
        Assert.EndsWith("\r\n.\r\n", System.Text.Encoding.ASCII.GetString(write), StringComparison.Ordinal);
        Assert.Equal(0, stream.Pending);
    }

    [Fact]
    public async Task CoalescingStream_should_send_what_it_holds_before_reading_when_the_writer_did_not_flush()
    {
        var connection = new RecordingConnection("250 OK\r\n"u8.ToArray());
        await using var stream = new CoalescingStream(connection);
        await stream.WriteAsync("MAIL FROM:<a@b.example>\r\nRCPT TO:<c@d.example>\r\nDATA\r\n"u8.ToArray());

        var reply = new byte[64];
        var read = await stream.ReadAsync(reply);

        Assert.Equal("MAIL FROM:<a@b.example>\r\nRCPT TO:<c@d.example>\r\nDATA\r\n", System.Text.Encoding.ASCII.GetString(Assert.Single(connection.Writes)));
        Assert.Equal("250 OK\r\n", System.Text.Encoding.ASCII.GetString(reply, 0, read));
    }

    [Fact]
    public void CoalescingStream_should_keep_every_byte_in_order_when_writes_exceed_its_maximum()
    {
        var connection = new RecordingConnection([]);
        using var stream = new CoalescingStream(connection, initialCapacity: 8, maximumCapacity: 32);
        var written = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray();

        stream.Write(written, 0, 20);
        stream.Write(written, 20, 20);
        stream.Write(written, 40, 50);
        stream.Write(written, 90, 10);
        stream.Flush();

        Assert.Equal(written, connection.Writes.SelectMany(w => w).ToArray());
        Assert.All(connection.Writes, w => Assert.True(w.Length <= 50));
        Assert.Equal(4, connection.Writes.Count);
    }
}
