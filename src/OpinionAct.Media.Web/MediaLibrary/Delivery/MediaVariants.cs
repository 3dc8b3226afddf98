using System.Collections.Concurrent;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Pipeline;
using OpinionAct.Media.Web.MediaLibrary.Storage;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace OpinionAct.Media.Web.MediaLibrary.Delivery;

/// <summary>
/// Renders variants into this node's cache: at upload from the image already decoded, on demand from the
/// stored master (decoded inside the pixel budget). Two requests for the same missing variant render it once.
/// </summary>
internal sealed class MediaVariants(IMediaStorage storage, MediaVariantCache cache, ImageCodec codec, ImageDecodeGate gate)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _rendering = new(StringComparer.Ordinal);

    /// <summary>
    /// Renders every declared variant of a new or replaced file from its decoded image. Each size is
    /// resized once and encoded in each of its formats, and the whole-image widths are cut in descending
    /// order, each from the one before (1600 from the original, 960 from 1600...): on a 12-megapixel
    /// photo, one resize reads the original instead of six (measured in the benchmarks' <c>media</c> verb).
    /// Sizes are always computed from the original, so a variant has the same dimensions however it was made.
    /// </summary>
    public async Task RenderAllAsync(string tenant, MediaItemRecord item, Image image, IEnumerable<int> declaredWidths, CancellationToken cancellationToken)
    {
        var version = MediaUrls.Version(item);
        var sizes = MediaRenditions.Declared(item, declaredWidths)
            .GroupBy(spec => (spec.Crop, spec.Width))
            .OrderBy(group => group.Key.Crop != MediaCrop.None)
            .ThenByDescending(group => group.Key.Width);
        Image? wider = null;
        try
        {
            foreach (var size in sizes)
            {
                var uncropped = size.Key.Crop == MediaCrop.None;
                var variant = Resize(uncropped && wider is not null ? wider : image, image.Width, image.Height, item, size.First());
                try
                {
                    foreach (var spec in size)
                    {
                        await MediaVariantCache.WriteAsync(cache.PathOf(tenant, item.Id, version, spec.ToString()), file => variant.SaveAsync(file, codec.Encoder(spec.Format), cancellationToken));
                    }
                }
                finally
                {
                    if (uncropped)
                    {
                        wider?.Dispose();
                        wider = variant;
                    }
                    else
                    {
                        variant.Dispose();
                    }
                }
            }
        }
        finally
        {
            wider?.Dispose();
        }
    }

    /// <summary>The cached file of a variant, rendered first when missing; null when the master is gone.</summary>
    public async Task<string?> EnsureAsync(string tenant, MediaItemRecord item, VariantSpec spec, CancellationToken cancellationToken)
    {
        var path = cache.PathOf(tenant, item.Id, MediaUrls.Version(item), spec.ToString());
        if (File.Exists(path))
        {
            return path;
        }

        var render = _rendering.GetOrAdd(path, key => new Lazy<Task>(() => RenderFromMasterAsync(key, tenant, item, spec)));
        try
        {
            await render.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            _rendering.TryRemove(new KeyValuePair<string, Lazy<Task>>(path, render));
        }

        return File.Exists(path) ? path : null;
    }

    /// <summary>The cached copy of the master, made from storage when missing; null when the master is gone.</summary>
    public async Task<string?> EnsureMasterAsync(string tenant, MediaItemRecord item, CancellationToken cancellationToken)
    {
        var format = (MediaFormat)item.Format;
        var path = cache.PathOf(tenant, item.Id, item.Hash[..16], "master." + format.Extension());
        if (File.Exists(path))
        {
            return path;
        }

        await using var master = await storage.OpenAsync(tenant, item.Hash, format, cancellationToken);
        if (master is null)
        {
            return null;
        }

        await MediaVariantCache.WriteAsync(path, file => master.CopyToAsync(file, cancellationToken));
        return path;
    }

    private async Task RenderFromMasterAsync(string path, string tenant, MediaItemRecord item, VariantSpec spec)
    {
        await using var master = await storage.OpenAsync(tenant, item.Hash, (MediaFormat)item.Format, CancellationToken.None);
        if (master is null)
        {
            return;
        }

        using var budget = await gate.EnterAsync((long)item.Width * item.Height * Math.Max(1, item.Frames), CancellationToken.None);
        using var image = Image.Load(codec.Configuration, master, ImageCodec.Decoder((MediaFormat)item.Format, maxFrames: Math.Max(1, item.Frames)));
        await RenderAsync(path, image, item, spec, CancellationToken.None);
    }

    private async Task RenderAsync(string path, Image image, MediaItemRecord item, VariantSpec spec, CancellationToken cancellationToken)
    {
        using var variant = Resize(image, image.Width, image.Height, item, spec);
        await MediaVariantCache.WriteAsync(path, file => variant.SaveAsync(file, codec.Encoder(spec.Format), cancellationToken));
    }

    /// <summary>
    /// <paramref name="source"/> (the original of <paramref name="originalWidth"/> × <paramref name="originalHeight"/>, or a
    /// whole-image variant wider than the spec) at the spec's size; crops centre on the focal point (ImageSharp's
    /// CenterCoordinates are fractions of the source, 0..1, as the focal point is).
    /// </summary>
    private static Image Resize(Image source, int originalWidth, int originalHeight, MediaItemRecord item, VariantSpec spec)
    {
        var (width, height) = spec.SizeFor(originalWidth, originalHeight);
        return source.Clone(x => x.Resize(new ResizeOptions
        {
            Size = new Size(width, height),
            Mode = spec.Crop == MediaCrop.None ? ResizeMode.Stretch : ResizeMode.Crop,
            CenterCoordinates = new PointF((float)item.FocalX, (float)item.FocalY),
            Sampler = KnownResamplers.Bicubic,
        }));
    }
}
