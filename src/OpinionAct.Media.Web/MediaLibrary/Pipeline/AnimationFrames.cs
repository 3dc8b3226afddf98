using System.Buffers.Binary;
using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Web.MediaLibrary.Pipeline;

/// <summary>
/// Counts the frames of a GIF or WebP from its structure, without decoding a pixel: ImageSharp 2.1's
/// <c>Identify</c> reports one frame's size only, and an animation's cost is frames × pixels. Counting
/// stops past <paramref name="stopAfter"/>, so a file claiming millions of frames costs no more than that.
/// </summary>
internal static class AnimationFrames
{
    public static int Count(Stream stream, MediaFormat format, int stopAfter)
    {
        var start = stream.Position;
        try
        {
            return format switch
            {
                MediaFormat.Gif => CountGif(stream, stopAfter),
                MediaFormat.Webp => CountWebp(stream, stopAfter),
                _ => 1,
            };
        }
        catch (EndOfStreamException)
        {
            // A truncated file: ImageStructure refuses it right after this count, before any decoding.
            return 1;
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static int CountGif(Stream stream, int stopAfter)
    {
        // Header (6) and logical screen descriptor (7), then an optional global colour table.
        var header = ReadExactly(stream, 13);
        GifBlocks.SkipColourTable(stream, header[10]);
        var frames = 0;
        while (frames <= stopAfter)
        {
            var block = stream.ReadByte();
            switch (block)
            {
                case 0x2C: // image descriptor: 9 bytes, optional local colour table, LZW minimum code size, data sub-blocks
                    frames++;
                    var descriptor = ReadExactly(stream, 9);
                    GifBlocks.SkipColourTable(stream, descriptor[8]);
                    stream.ReadByte();
                    GifBlocks.SkipSubBlocks(stream);
                    break;
                case 0x21: // extension: label, then sub-blocks
                    stream.ReadByte();
                    GifBlocks.SkipSubBlocks(stream);
                    break;
                case 0x3B or 0x00 or -1: // trailer, a stray block terminator, or the end: where ImageSharp's decoder stops too
                    return Math.Max(frames, 1);
                default:
                    // Any other byte is skipped, exactly as ImageSharp 2.1's GIF decoder skips it: stopping here
                    // instead would let one junk byte hide thousands of frames that the decoder still decodes.
                    break;
            }
        }

        return frames;
    }

    private static int CountWebp(Stream stream, int stopAfter)
    {
        ReadExactly(stream, 12); // RIFF, size, WEBP
        var frames = 0;
        Span<byte> chunk = stackalloc byte[8];
        while (frames <= stopAfter && stream.Read(chunk) == 8)
        {
            if (chunk[..4].SequenceEqual("ANMF"u8))
            {
                frames++;
            }

            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            stream.Seek(size + (size & 1), SeekOrigin.Current);
            if (stream.Position >= stream.Length)
            {
                break;
            }
        }

        return Math.Max(frames, 1);
    }

    private static byte[] ReadExactly(Stream stream, int count)
    {
        var buffer = new byte[count];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
