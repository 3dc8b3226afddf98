namespace OpinionAct.Media.MediaLibrary;

/// <summary>
/// The <c>Media:Library</c> configuration section: the limits every upload is held to (whatever door it
/// comes through: admin, CLI, recipe, API) and the variants generated for themes. See docs/media.md.
/// </summary>
public sealed class MediaLibraryOptions
{
    /// <summary>Largest upload accepted, counted while the bytes arrive (never buffered beyond it). Default 20 MB.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Largest image accepted, in pixels (width × height), checked from the header before decoding. Default 50 megapixels.</summary>
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>Largest animation accepted, in frames × pixels per frame. Default 200 megapixels in all.</summary>
    public long MaxAnimationPixels { get; set; } = 200_000_000;

    /// <summary>
    /// Pixels the process decodes at once, across all uploads and on-demand variants; an image waits
    /// its turn beyond it. At about 4 bytes per pixel the default (100 megapixels) bounds decoded images
    /// to roughly 400 MB plus encoder buffers, however many uploads arrive together.
    /// </summary>
    public long DecodePixelBudget { get; set; } = 100_000_000;

    /// <summary>Bytes of masters a tenant may hold; 0 means no quota. Default 2 GB.</summary>
    public long QuotaBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Widths generated at upload for every image, beside those the active theme declares.</summary>
    public List<int> DefaultWidths { get; set; } = [480, 960, 1600];

    /// <summary>Widest variant the delivery endpoint renders, signed or not.</summary>
    public int MaxVariantWidth { get; set; } = 3840;

    /// <summary>JPEG and lossy WebP quality of masters and variants (1–100).</summary>
    public int Quality { get; set; } = 82;
}
