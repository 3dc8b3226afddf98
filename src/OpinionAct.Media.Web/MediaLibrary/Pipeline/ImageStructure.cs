using System.Buffers.Binary;
using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Web.MediaLibrary.Pipeline;

/// <summary>
/// Whether a file is whole, read from its structure before decoding. ImageSharp 2.1's JPEG, GIF and WebP
/// decoders are lenient: a file cut in the middle decodes to an image whose missing part is grey or
/// black, which an editor would only notice on the public page. A JPEG must reach its end-of-image
/// marker after its first scan, a GIF its trailer without stray bytes between blocks, a WebP the length
/// its RIFF header declares. PNGs need no check: the decoder refuses a cut file itself.
/// </summary>
internal static class ImageStructure
{
    public static bool IsComplete(Stream stream, MediaFormat format)
    {
        var start = stream.Position;
        try
        {
            return format switch
            {
                MediaFormat.Jpeg => JpegComplete(stream),
                MediaFormat.Gif => GifComplete(stream),
                MediaFormat.Webp => WebpComplete(stream),
                _ => true,
            };
        }
        catch (EndOfStreamException)
        {
            return false;
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static bool JpegComplete(Stream stream)
    {
        stream.Position = 2; // SOI
        while (true)
        {
            var marker = NextMarker(stream);
            if (marker == 0xDA)
            {
                // Start of scan: its header, then entropy-coded data in which 0xFF is always escaped.
                stream.Seek(((stream.ReadByte() << 8) | stream.ReadByte()) - 2, SeekOrigin.Current);
                break;
            }

            if (marker is 0xD9 or (>= 0xD0 and <= 0xD7) or 0x01)
            {
                if (marker == 0xD9)
                {
                    return false; // an end before any image data
                }

                continue;
            }

            var length = (stream.ReadByte() << 8) | stream.ReadByte();
            if (length < 2)
            {
                throw new EndOfStreamException();
            }

            stream.Seek(length - 2, SeekOrigin.Current);
            if (stream.Position > stream.Length)
            {
                return false;
            }
        }

        // The end-of-image marker, FF D9, anywhere after the first scan (progressive files have several scans).
        var buffer = new byte[81920];
        var previousWasFf = false;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            var span = buffer.AsSpan(0, read);
            if (previousWasFf && span[0] == 0xD9)
            {
                return true;
            }

            if (span.IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0)
            {
                return true;
            }

            previousWasFf = span[^1] == 0xFF;
        }

        return false;
    }

    private static int NextMarker(Stream stream)
    {
        if (stream.ReadByte() != 0xFF)
        {
            throw new EndOfStreamException(); // not a marker where one must be: damaged
        }

        int marker;
        while ((marker = stream.ReadByte()) == 0xFF)
        {
            // fill bytes
        }

        return marker < 0 ? throw new EndOfStreamException() : marker;
    }

    private static bool GifComplete(Stream stream)
    {
        stream.Position = 0;
        var header = new byte[13];
        stream.ReadExactly(header);
        GifBlocks.SkipColourTable(stream, header[10]);
        var descriptor = new byte[9];
        while (true)
        {
            switch (stream.ReadByte())
            {
                case 0x2C:
                    stream.ReadExactly(descriptor);
                    GifBlocks.SkipColourTable(stream, descriptor[8]);
                    if (stream.ReadByte() < 0)
                    {
                        return false;
                    }

                    GifBlocks.SkipSubBlocks(stream);
                    break;
                case 0x21:
                    if (stream.ReadByte() < 0)
                    {
                        return false;
                    }

                    GifBlocks.SkipSubBlocks(stream);
                    break;
                case 0x3B:
                    return true;
                default: // the end of the file before the trailer, or a stray byte no encoder writes
                    return false;
            }
        }
    }

    private static bool WebpComplete(Stream stream)
    {
        stream.Position = 4;
        Span<byte> size = stackalloc byte[4];
        stream.ReadExactly(size);
        return BinaryPrimitives.ReadUInt32LittleEndian(size) + 8L <= stream.Length;
    }
}
