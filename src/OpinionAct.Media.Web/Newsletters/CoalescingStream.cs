namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Holds what is written until the writer flushes or starts reading, then hands it to the connection in one write.
/// MailKit writes a message's content in 4 KB blocks, and with Nagle off each block is a TCP segment of its own that the
/// server often reads separately (3.2 socket reads per message at the benchmark's sink); SMTP is request and reply,
/// so everything a client writes before it reads the next reply can go in one write: the pipelined
/// <c>MAIL FROM</c>/<c>RCPT TO</c> group, <c>DATA</c>, then the whole content with its end mark.
/// Reading first sends what is held (a reply can only come after the request), so no protocol step can wait on a
/// request that was never sent, whoever the writer is (MailKit, or the TLS handshake under it).
/// </summary>
internal sealed class CoalescingStream(Stream inner, int initialCapacity = 16 * 1024, int maximumCapacity = 256 * 1024) : Stream
{
    private byte[] _buffer = new byte[initialCapacity];
    private int _length;

    public override bool CanRead => inner.CanRead;

    public override bool CanWrite => inner.CanWrite;

    public override bool CanSeek => false;

    public override bool CanTimeout => inner.CanTimeout;

    public override int ReadTimeout
    {
        get => inner.ReadTimeout;
        set => inner.ReadTimeout = value;
    }

    public override int WriteTimeout
    {
        get => inner.WriteTimeout;
        set => inner.WriteTimeout = value;
    }

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Bytes written and not yet handed to the connection (for tests).</summary>
    internal int Pending => _length;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        SendPending();
        return inner.Read(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendPendingAsync(cancellationToken);
        return await inner.ReadAsync(buffer, cancellationToken);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!Fits(buffer.Length))
        {
            SendPending();
            if (!Fits(buffer.Length))
            {
                inner.Write(buffer);
                return;
            }
        }

        Hold(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!Fits(buffer.Length))
        {
            await SendPendingAsync(cancellationToken);
            if (!Fits(buffer.Length))
            {
                await inner.WriteAsync(buffer, cancellationToken);
                return;
            }
        }

        Hold(buffer.Span);
    }

    public override void Flush()
    {
        SendPending();
        inner.Flush();
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendPendingAsync(cancellationToken);
        await inner.FlushAsync(cancellationToken);
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                SendPending();
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or System.Net.Sockets.SocketException)
            {
                // The connection is gone; what was held can no longer be sent, and closing must not fail on it.
            }

            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Whether <paramref name="count"/> more bytes can be held, growing the buffer up to its maximum.</summary>
    private bool Fits(int count)
    {
        var needed = _length + count;
        if (needed <= _buffer.Length)
        {
            return true;
        }

        if (needed > maximumCapacity)
        {
            return false;
        }

        Array.Resize(ref _buffer, Math.Min(maximumCapacity, Math.Max(needed, _buffer.Length * 2)));
        return true;
    }

    private void Hold(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void SendPending()
    {
        if (_length > 0)
        {
            var count = _length;
            _length = 0;
            inner.Write(_buffer, 0, count);
        }
    }

    private async ValueTask SendPendingAsync(CancellationToken cancellationToken)
    {
        if (_length > 0)
        {
            var count = _length;
            _length = 0;
            await inner.WriteAsync(_buffer.AsMemory(0, count), cancellationToken);
        }
    }
}
