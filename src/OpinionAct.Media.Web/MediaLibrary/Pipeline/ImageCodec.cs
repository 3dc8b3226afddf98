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
                // The largest accepted image (or animation) in 32-bit pixels, with room for one resized copy.
                AllocationLimitMegabytes = (int)Math.Clamp(Math.Max(library.MaxPixels, library.MaxAnimationPixels) * 4 * 2 / (1024 * 1024), 64, 16_384),
                MaximumPoolSizeMegabytes = 64,
            }),
        };
    }

    public Configuration Configuration { get; }

    private int Quality { get; }

    public static IImageDecoder Decoder(MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => new JpegDecoder(),
        MediaFormat.Png => new PngDecoder(),
        MediaFormat.Gif => new GifDecoder(),
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
