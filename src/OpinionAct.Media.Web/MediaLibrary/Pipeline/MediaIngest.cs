using System.Security.Cryptography;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Tenants;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Processing;

namespace OpinionAct.Media.Web.MediaLibrary.Pipeline;

/// <summary>
/// The upload pipeline every door uses (admin, CLI, recipes, API): spool under the byte limit, recognise
/// the format from the bytes, read the header and refuse oversized images and animations before a pixel
/// is decoded, decode inside the pixel budget, orient, strip EXIF/XMP/IPTC (keeping the colour profile),
/// and re-encode. Bad input is a <see cref="MediaValidationException"/> with one sentence for a person;
/// nothing is stored by this class.
/// </summary>
internal sealed class MediaIngest(ImageCodec codec, ImageDecodeGate gate, TenantStorageLayout layout, Microsoft.Extensions.Options.IOptions<MediaOptions> options)
{
    /// <summary>
    /// Where uploads are spooled and masters encoded, as self-deleting files: on the data volume, not in
    /// the system's temporary folder, which is often a RAM disk (twenty 20 MB uploads would be memory).
    /// </summary>
    public string SpoolFolder { get; } = Path.Combine(layout.DataPath, "media-spool");

    public async Task<IngestedImage> IngestAsync(Stream upload, CancellationToken cancellationToken)
    {
        var limits = options.Value.Library;
        await using var spool = await UploadSpool.CopyAsync(upload, limits.MaxUploadBytes, SpoolFolder, cancellationToken);

        var head = new byte[MediaFormats.SniffLength];
        var headLength = await spool.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        spool.Position = 0;
        var format = MediaFormats.Sniff(head.AsSpan(0, headLength))
            ?? throw new MediaValidationException($"The file is {MediaFormats.Describe(head.AsSpan(0, headLength))}: upload a JPEG, PNG, GIF or WebP image (SVG is not accepted).");

        var (width, height) = Identify(spool, format);
        var pixels = (long)width * height;
        if (pixels > limits.MaxPixels)
        {
            throw new MediaValidationException(
                $"The image is {width} × {height} pixels ({Megapixels(pixels)}); the limit is {Megapixels(limits.MaxPixels)}.");
        }

        var frames = AnimationFrames.Count(spool, format, stopAfter: (int)Math.Min(int.MaxValue - 1, limits.MaxAnimationPixels / Math.Max(1, pixels) + 1));
        if (frames * pixels > limits.MaxAnimationPixels)
        {
            throw new MediaValidationException(
                $"The animation has more than {frames - 1} frames of {width} × {height} pixels; the limit is {Megapixels(limits.MaxAnimationPixels)} in all frames together.");
        }

        if (!ImageStructure.IsComplete(spool, format))
        {
            throw Corrupt(format);
        }

        var budget = await gate.EnterAsync(frames * pixels, cancellationToken);
        Image? image = null;
        FileStream? master = null;
        try
        {
            image = Decode(spool, format, frames);
            image.Mutate(x => x.AutoOrient());
            StripMetadata(image);

            master = UploadSpool.NewFile(SpoolFolder, "master-");
            string hash;
            using (var hashing = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                await using (var writer = new HashingStream(master, hashing))
                {
                    await image.SaveAsync(writer, codec.Encoder(format), cancellationToken);
                }

                hash = Convert.ToHexStringLower(hashing.GetHashAndReset());
            }

            master.Position = 0;
            return new IngestedImage(image, master, budget) { Format = format, Hash = hash };
        }
        catch
        {
            image?.Dispose();
            if (master is not null)
            {
                await master.DisposeAsync();
            }

            budget.Dispose();
            throw;
        }
    }

    /// <summary>Removes what a camera or an editing tool records about where, when and with what (GPS above all); the colour profile stays.</summary>
    public static void StripMetadata(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
        }
    }

    private (int Width, int Height) Identify(Stream spool, MediaFormat format)
    {
        try
        {
            var info = Image.Identify(codec.Configuration, spool, out _);
            spool.Position = 0;
            return info is { Width: > 0, Height: > 0 } ? (info.Width, info.Height) : throw Corrupt(format);
        }
        catch (Exception exception) when (exception is not MediaValidationException && IsDecoderFailure(exception))
        {
            throw Corrupt(format, exception);
        }
    }

    private Image Decode(Stream spool, MediaFormat format, int frames)
    {
        try
        {
            spool.Position = 0;
            return Image.Load(codec.Configuration, spool, ImageCodec.Decoder(format, maxFrames: frames));
        }
        catch (Exception exception) when (IsDecoderFailure(exception))
        {
            throw Corrupt(format, exception);
        }
    }

    /// <summary>
    /// What a decoder throws on hostile or damaged bytes. ImageSharp reports most as its own format
    /// exceptions, but a crafted file can surface as an arithmetic or index error deep in a codec;
    /// none of them may become a server error.
    /// </summary>
    private static bool IsDecoderFailure(Exception exception) => exception is ImageFormatException or InvalidImageContentException
        or InvalidMemoryOperationException or NotSupportedException or ArgumentException or IndexOutOfRangeException
        or InvalidOperationException or OverflowException or EndOfStreamException or InvalidDataException;

    private static MediaValidationException Corrupt(MediaFormat format, Exception? inner = null) => new(
        $"The file looks like a {format.ToString().ToUpperInvariant()} image but cannot be read: it is truncated or damaged.",
        inner ?? new InvalidDataException());

    private static string Megapixels(long pixels) => (pixels / 1_000_000d).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " megapixels";
}
