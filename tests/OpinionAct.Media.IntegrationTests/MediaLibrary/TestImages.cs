using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;

namespace OpinionAct.Media.IntegrationTests.MediaLibrary;

/// <summary>Images drawn for tests: a gradient with a bright square, so resizing and cropping have something to show.</summary>
internal static class TestImages
{
    public static Image<Rgba32> Draw(int width, int height)
    {
        var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var inSquare = x > width / 4 && x < width / 2 && y > height / 4 && y < height / 2;
                    row[x] = inSquare ? new Rgba32(250, 200, 40) : new Rgba32((byte)(x * 255 / width), (byte)(y * 255 / height), 120);
                }
            }
        });
        return image;
    }

    public static byte[] Encode(Image image, IImageEncoder encoder)
    {
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }

    public static byte[] Jpeg(int width = 800, int height = 600) { using var image = Draw(width, height); return Encode(image, new JpegEncoder { Quality = 90 }); }

    public static byte[] Png(int width = 400, int height = 300) { using var image = Draw(width, height); return Encode(image, new PngEncoder()); }

    public static byte[] Gif(int width = 200, int height = 100) { using var image = Draw(width, height); return Encode(image, new GifEncoder()); }

    public static byte[] Webp(int width = 640, int height = 480) { using var image = Draw(width, height); return Encode(image, new WebpEncoder { Quality = 80 }); }
}
