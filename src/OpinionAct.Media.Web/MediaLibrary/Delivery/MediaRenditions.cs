using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Web.MediaLibrary.Delivery;

/// <summary>
/// Which variants exist for an item: the declared widths it is wide enough for (plus its own width when it
/// is narrower than the widest, so a small image still has a variant), in WebP and the master's format.
/// An animation keeps its own format only: a WebP variant would show its first frame.
/// </summary>
internal static class MediaRenditions
{
    public const int OpenGraphWidth = 1200;

    public static IReadOnlyList<int> Widths(MediaItemRecord item, IEnumerable<int> declared)
    {
        var widths = declared.Where(w => w > 0 && w <= item.Width).ToSortedSet();
        if (widths.Count == 0 || (widths.Max < item.Width && declared.Any(w => w > item.Width)))
        {
            widths.Add(item.Width);
        }

        return [.. widths];
    }

    public static IReadOnlyList<MediaFormat> Formats(MediaItemRecord item)
    {
        var master = (MediaFormat)item.Format;
        return item.Frames > 1 || master == MediaFormat.Webp ? [master] : [MediaFormat.Webp, master];
    }

    /// <summary>The format of a crop shared on social networks and in emails: what every client reads (JPEG, or PNG for transparency).</summary>
    public static MediaFormat Portable(MediaItemRecord item) => (MediaFormat)item.Format == MediaFormat.Png ? MediaFormat.Png : MediaFormat.Jpeg;

    /// <summary>Every variant made at upload: the declared widths in each format, and the OpenGraph crop.</summary>
    public static IEnumerable<VariantSpec> Declared(MediaItemRecord item, IEnumerable<int> declared)
    {
        foreach (var width in Widths(item, declared))
        {
            foreach (var format in Formats(item))
            {
                yield return new VariantSpec(MediaCrop.None, width, format);
            }
        }

        yield return new VariantSpec(MediaCrop.OpenGraph, OpenGraphWidth, Portable(item));
    }

    private static SortedSet<int> ToSortedSet(this IEnumerable<int> widths) => new(widths);
}
