namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>A seekable stream that announces 4 MB and breaks after <paramref name="failAfter"/> bytes, as a dying disk or client would.</summary>
internal sealed class BreakingStream(int failAfter) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => 4 * 1024 * 1024;

    public override long Position { get => _position; set => _position = value; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position + count > failAfter)
        {
            throw new IOException("The source broke midway.");
        }

        _position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => _position = offset;

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
