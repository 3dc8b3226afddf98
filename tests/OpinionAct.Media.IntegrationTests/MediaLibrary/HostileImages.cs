using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;
using SixLabors.ImageSharp.PixelFormats;

namespace OpinionAct.Media.IntegrationTests.MediaLibrary;

/// <summary>Files built byte by byte for the bad-input cases: a PNG claiming any size, a GIF of many tiny frames, camera JPEGs.</summary>
internal static class HostileImages
{
    /// <summary>A PNG whose header claims <paramref name="width"/> × <paramref name="height"/> but whose data is one empty row: tens of bytes.</summary>
    public static byte[] PngClaiming(int width, int height) => Png(width, height, Deflate(new byte[2]));

    /// <summary>
    /// A real, valid PNG of <paramref name="width"/> × <paramref name="height"/> black grey pixels: zeros compress about
    /// 1000:1, so 64 megapixels fit in some 60 KB (a classic decompression bomb).
    /// </summary>
    public static byte[] ZeroPng(int width, int height)
    {
        var row = new byte[width + 1]; // filter byte 0, then one byte per grey pixel
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        return Png(width, height, data.ToArray());
    }

    /// <summary>
    /// An animated GIF of <paramref name="frames"/> frames on a <paramref name="width"/> × <paramref name="height"/> screen,
    /// each frame one pixel of LZW data (15 bytes). <paramref name="junkAfterFirst"/> goes between the first and second frame.
    /// </summary>
    public static byte[] ManyFrameGif(int width, int height, int frames, byte[]? junkAfterFirst = null)
    {
        using var gif = new MemoryStream();
        gif.Write("GIF89a"u8);
        gif.Write([(byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x80, 0, 0]);
        gif.Write([0, 0, 0, 255, 255, 255]); // global colour table: black, white
        gif.Write([0x21, 0xFF, 11, .. "NETSCAPE2.0"u8, 3, 1, 0, 0, 0]); // loop forever
        for (var i = 0; i < frames; i++)
        {
            gif.Write([0x21, 0xF9, 4, 0, 1, 0, 0, 0]); // graphic control: 10 ms
            gif.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0]);
            if (i == 0 && junkAfterFirst is not null)
            {
                gif.Write(junkAfterFirst);
            }
        }

        gif.WriteByte(0x3B);
        return gif.ToArray();
    }

    /// <summary>A camera JPEG: EXIF with GPS position, camera model and <paramref name="orientation"/>, optionally an ICC profile.</summary>
    public static byte[] CameraJpeg(int width, int height, ushort orientation = 1, bool icc = false)
    {
        using var image = TestImages.Draw(width, height);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(48, 1), new Rational(51, 1), new Rational(2964, 100)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(2, 1), new Rational(17, 1), new Rational(4044, 100)]);
        exif.SetValue(ExifTag.Model, "Secret Camera 3000");
        exif.SetValue(ExifTag.Orientation, orientation);
        image.Metadata.ExifProfile = exif;
        if (icc)
        {
            image.Metadata.IccProfile = IccProfile();
        }

        return TestImages.Encode(image, new JpegEncoder { Quality = 90 });
    }

    /// <summary>The smallest ICC profile ImageSharp accepts as valid (a display RGB header with no tags).</summary>
    public static IccProfile IccProfile()
    {
        var profile = new IccProfile();
        profile.Header.Class = IccProfileClass.DisplayDevice;
        profile.Header.DataColorSpace = IccColorSpaceType.Rgb;
        profile.Header.ProfileConnectionSpace = IccColorSpaceType.CieXyz;
        profile.Header.RenderingIntent = IccRenderingIntent.Perceptual;
        profile.Header.CreatorSignature = "OATS";
        return new IccProfile(profile.ToByteArray());
    }

    /// <summary>An image with a solid red square (side <paramref name="side"/>) centred on (<paramref name="cx"/>, <paramref name="cy"/>), blue elsewhere.</summary>
    public static Image<Rgba32> Target(int width, int height, int cx, int cy, int side)
    {
        var image = new Image<Rgba32>(width, height, new Rgba32(0, 0, 255));
        image.ProcessPixelRows(rows =>
        {
            for (var y = Math.Max(0, cy - side / 2); y < Math.Min(height, cy + side / 2); y++)
            {
                rows.GetRowSpan(y)[Math.Max(0, cx - side / 2)..Math.Min(width, cx + side / 2)].Fill(new Rgba32(255, 0, 0));
            }
        });
        return image;
    }

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Png(int width, int height, byte[] idat)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), deflate, adaptive filtering, no interlace
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Deflate(byte[] raw)
    {
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        return data.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        png.Write(length);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
