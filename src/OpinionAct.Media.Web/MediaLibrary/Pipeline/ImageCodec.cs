using OpinionAct.Media.Hosting;
using OpinionAct.Media.MediaLibrary;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;

namespace OpinionAct.Media.Web.MediaLibrary.Pipeline;

/// <summary>
/// The one ImageSharp configuration of the process: only our four formats are registered (so nothing
/// else is ever decoded, whatever a file claims), every allocation is capped, and each image is processed
/// on one thread so that two cores serve many requests instead of one image. Encoders are chosen here too.
/// </summary>
internal sealed class ImageCodec
{
    public ImageCodec(Microsoft.Extensions.Options.IOptions<MediaOptions> options)
    {
        var library = options.Value.Library;
        Quality = Math.Clamp(library.Quality, 1, 100);
        Configuration = new Configuration(new JpegConfigurationModule(), new PngConfigurationModule(), new GifConfigurationModule(), new WebpConfigurationModule())
        {
            MaxDegreeOfParallelism = 1,
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
            {
                // ImageSharp checks this per allocation (one frame's pixels, or one working buffer), not in total:
                // the largest accepted frame at 8 bytes a pixel (16-bit PNGs decode to Rgba64). The total is
                // bounded by the pixel limits checked before decoding and by ImageDecodeGate.
                AllocationLimitMegabytes = (int)Math.Clamp(library.MaxPixels * 8 / (1024 * 1024) + 1, 64, 16_384),
                MaximumPoolSizeMegabytes = 64,
            }),
        };
    }

    public Configuration Configuration { get; }

    private int Quality { get; }

    /// <summary>
    /// The decoder of <paramref name="format"/>. <paramref name="maxFrames"/> is the number of frames the
    /// caller counted and budgeted for: the GIF decoder stops there, a second guard behind <see cref="AnimationFrames"/>.
    /// </summary>
    public static IImageDecoder Decoder(MediaFormat format, int maxFrames = int.MaxValue) => format switch
    {
        MediaFormat.Jpeg => new JpegDecoder(),
        MediaFormat.Png => new PngDecoder(),
        MediaFormat.Gif => new GifDecoder { MaxFrames = (uint)Math.Max(1, maxFrames) },
        MediaFormat.Webp => new WebpDecoder(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public IImageEncoder Encoder(MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => new JpegEncoder { Quality = Quality },
        MediaFormat.Png => new PngEncoder { CompressionLevel = PngCompressionLevel.DefaultCompression },
        MediaFormat.Gif => new GifEncoder(),
        MediaFormat.Webp => new WebpEncoder { Quality = Quality, FileFormat = WebpFileFormatType.Lossy, Method = WebpEncodingMethod.Default },
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
