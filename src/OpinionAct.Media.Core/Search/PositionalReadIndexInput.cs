using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace OpinionAct.Media.Search;

/// <summary>
/// A file, or a slice of one (<paramref name="offset"/>, <paramref name="length"/>), read by position: no shared file
/// pointer, so clones and concurrent readers never wait for each other. Only the input that opened the handle closes it.
/// </summary>
internal sealed class PositionalReadIndexInput(string description, SafeFileHandle file, long offset, long length, int bufferSize, bool owner)
    : BufferedIndexInput(description, bufferSize)
{
    private bool _owner = owner;

    public override long Length => length;

    public override object Clone()
    {
        var clone = (PositionalReadIndexInput)base.Clone();
        clone._owner = false;
        return clone;
    }

    protected override void ReadInternal(byte[] b, int offset1, int length1)
    {
        // During a refill or a large read, Position is where the bytes asked for start.
        var position = Position;
        if (position + length1 > length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        var target = b.AsSpan(offset1, length1);
        var at = offset + position;
        while (!target.IsEmpty)
        {
            var read = RandomAccess.Read(file, target, at);
            if (read <= 0)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }

            target = target[read..];
            at += read;
        }
    }

    protected override void SeekInternal(long pos)
    {
        if (pos > length)
        {
            throw new EndOfStreamException($"seek past EOF: {this}");
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _owner)
        {
            file.Dispose();
        }
    }
}
