using System.Globalization;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.MediaLibrary.Delivery;

namespace OpinionAct.Media.Web.MediaLibrary.Rendering;

/// <summary>
/// The library items one page refers to, loaded together by <see cref="MediaImages"/>, and how to show each:
/// responsive <see cref="ImageView"/>s for themes, OpenGraph and schema.org crops, figures in bodies.
/// A value that is a plain URL keeps working (Src only); an unknown <c>media:</c> id shows nothing.
/// </summary>
public sealed class MediaImageSet
{
    /// <summary>Default <c>sizes</c> of covers and inline figures: the reading column, full width on phones.</summary>
    public const string ColumnSizes = "(min-width: 48rem) 46rem, 100vw";

    /// <summary>Width of the fallback <c>src</c>: enough for a reading column on most screens.</summary>
    public const int FallbackWidth = 960;

    /// <summary>Email images: the 1200 px variant shown 600 px wide, sharp on high-density screens.</summary>
    public const int EmailWidth = 600;

    private static readonly int[] PhotoWidths = [96, 192, 384];

    private readonly IReadOnlyDictionary<int, MediaItemRecord> _items;
    private readonly MediaUrls? _urls;
    private readonly MediaUrls? _absolute;
    private readonly IReadOnlyList<int> _widths;
    private readonly Func<string, string?> _plain;
    private readonly Func<string, string> _plainAbsolute;

    internal MediaImageSet(
        IReadOnlyDictionary<int, MediaItemRecord> items, MediaUrls? urls, MediaUrls? absolute, IReadOnlyList<int> widths,
        Func<string, string?> plain, Func<string, string> plainAbsolute)
    {
        _items = items;
        _urls = urls;
        _absolute = absolute;
        _widths = widths;
        _plain = plain;
        _plainAbsolute = plainAbsolute;
    }

    /// <summary>No library items: plain URLs only (a page that refers to none).</summary>
    public static MediaImageSet Empty { get; } = new(new Dictionary<int, MediaItemRecord>(), null, null, [], url => url, url => url);

    public int Count => _items.Count;

    /// <summary>The item a value refers to; null for a plain URL or an id this tenant does not have.</summary>
    public MediaItemRecord? Item(string? value) => MediaReference.Parse(value?.Trim()) is { } id ? Item(id) : null;

    public MediaItemRecord? Item(int id) => _items.TryGetValue(id, out var item) && _urls is not null ? item : null;

    /// <summary>
    /// A cover, inline or topic image: the whole image at the declared widths. <paramref name="alt"/> (the
    /// usage's own text, such as an article's cover alt) wins over the library's alt text.
    /// </summary>
    public ImageView? Image(string? value, string? alt = null, string sizes = ColumnSizes)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (MediaReference.Parse(value.Trim()) is not null)
        {
            return Item(value) is { } item ? Build(item, alt, sizes, MediaCrop.None, MediaRenditions.Widths(item, _widths)) : null;
        }

        return Plain(value, alt);
    }

    /// <summary>A portrait: square crops centred on the focal point, at a few widths for avatars of any size.</summary>
    public ImageView? Photo(string? value, string? alt = null, string sizes = "96px")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (MediaReference.Parse(value.Trim()) is not null)
        {
            if (Item(value) is not { } item)
            {
                return null;
            }

            var side = Math.Min(item.Width, item.Height);
            var widths = PhotoWidths.Where(w => w <= side).DefaultIfEmpty(side).Distinct().ToList();
            return Build(item, alt, sizes, MediaCrop.Square, widths);
        }

        return Plain(value, alt);
    }

    /// <summary>og:image: the 1200 × 630 crop (absolute) with its pixel size, or a plain URL made absolute with no size.</summary>
    public (string Url, int Width, int Height, string? Alt)? OpenGraph(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (MediaReference.Parse(value.Trim()) is not null)
        {
            if (Item(value) is not { } item)
            {
                return null;
            }

            var spec = new VariantSpec(MediaCrop.OpenGraph, MediaRenditions.OpenGraphWidth, MediaRenditions.Portable(item));
            var (width, height) = spec.SizeFor(item.Width, item.Height);
            return (_absolute!.Variant(item, spec), width, height, item.Decorative ? null : item.AltText);
        }

        return (_plainAbsolute(_plain(value.Trim()) ?? value.Trim()), 0, 0, null);
    }

    /// <summary>schema.org <c>image</c>: the 1:1, 16:9 and OpenGraph crops (absolute), or the plain URL alone.</summary>
    public IReadOnlyList<string> SchemaImages(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        if (MediaReference.Parse(value.Trim()) is not null)
        {
            if (Item(value) is not { } item)
            {
                return [];
            }

            var format = MediaRenditions.Portable(item);
            var width = MediaRenditions.OpenGraphWidth;
            return
            [
                _absolute!.Variant(item, new VariantSpec(MediaCrop.Square, width, format)),
                _absolute.Variant(item, new VariantSpec(MediaCrop.Wide, width, format)),
                _absolute.Variant(item, new VariantSpec(MediaCrop.OpenGraph, width, format)),
            ];
        }

        return [_plainAbsolute(_plain(value.Trim()) ?? value.Trim())];
    }

    /// <summary>
    /// An email image: the 1200 px variant in JPEG or PNG (never WebP: many mail clients cannot show it), absolute,
    /// with the width it is shown at (600) and the matching height; a plain URL made absolute otherwise.
    /// </summary>
    public ImageView? Email(string? value, string? alt = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (MediaReference.Parse(value.Trim()) is not null)
        {
            if (Item(value) is not { } item)
            {
                return null;
            }

            var spec = new VariantSpec(MediaCrop.None, Math.Min(EmailWidth * 2, item.Width), MediaRenditions.Portable(item));
            var (width, height) = spec.SizeFor(item.Width, item.Height);
            var shown = Math.Min(EmailWidth, width);
            return new ImageView
            {
                Src = _absolute!.Variant(item, spec),
                Width = shown,
                Height = (int)Math.Round((double)height * shown / width),
                Alt = AltOf(item, alt),
                Type = spec.Format.ContentType(),
                Caption = item.Caption,
                Credit = item.Credit,
                IsDecorative = item.Decorative && string.IsNullOrWhiteSpace(alt),
            };
        }

        var url = _plainAbsolute(_plain(value.Trim()) ?? value.Trim());
        return new ImageView { Src = url, Alt = alt ?? string.Empty };
    }

    private ImageView Plain(string value, string? alt)
    {
        var url = _plain(value.Trim()) ?? value.Trim();
        return new ImageView { Src = url, Alt = alt ?? string.Empty };
    }

    private ImageView Build(MediaItemRecord item, string? alt, string sizes, MediaCrop crop, IReadOnlyList<int> widths)
    {
        var master = (MediaFormat)item.Format;
        var formats = MediaRenditions.Formats(item);
        var fallback = new VariantSpec(crop, FallbackWidthOf(widths), master);
        var (width, height) = fallback.SizeFor(item.Width, item.Height);
        return new ImageView
        {
            Src = _urls!.Variant(item, fallback),
            Width = width,
            Height = height,
            Alt = AltOf(item, alt),
            Srcset = Srcset(item, crop, widths, master),
            WebpSrcset = master != MediaFormat.Webp && formats.Contains(MediaFormat.Webp) ? Srcset(item, crop, widths, MediaFormat.Webp) : null,
            Type = master.ContentType(),
            Sizes = sizes,
            Caption = item.Caption,
            Credit = item.Credit,
            IsDecorative = item.Decorative && string.IsNullOrWhiteSpace(alt),
        };
    }

    private string Srcset(MediaItemRecord item, MediaCrop crop, IReadOnlyList<int> widths, MediaFormat format) =>
        string.Join(", ", widths.Select(w =>
        {
            var spec = new VariantSpec(crop, w, format);
            return _urls!.Variant(item, spec) + " " + spec.SizeFor(item.Width, item.Height).Width.ToString(CultureInfo.InvariantCulture) + "w";
        }));

    /// <summary>The widest of <paramref name="widths"/> within <see cref="FallbackWidth"/>, or the narrowest when all are wider.</summary>
    private static int FallbackWidthOf(IReadOnlyList<int> widths) => widths.Where(w => w <= FallbackWidth).DefaultIfEmpty(widths.Min()).Max();

    private static string AltOf(MediaItemRecord item, string? alt) =>
        !string.IsNullOrWhiteSpace(alt) ? alt.Trim() : item.Decorative ? string.Empty : item.AltText ?? string.Empty;

    /// <summary>
    /// A plain absolute image for feeds (RSS media:content, Atom enclosure): the whole image about 960 px wide in its
    /// own format, or a plain URL made absolute (no size, no type).
    /// </summary>
    public (string Url, int Width, int Height, string? Type)? Feed(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (MediaReference.Parse(value.Trim()) is not null)
        {
            return Item(value) is { } item ? (AbsoluteFallback(item, out var width, out var height), width, height, ((MediaFormat)item.Format).ContentType()) : null;
        }

        return (_plainAbsolute(_plain(value.Trim()) ?? value.Trim()), 0, 0, null);
    }

    /// <summary>The absolute fallback URL of an item (feeds): the whole image about 960 px wide, in its own format.</summary>
    private string AbsoluteFallback(MediaItemRecord item, out int width, out int height)
    {
        var widths = MediaRenditions.Widths(item, _widths);
        var spec = new VariantSpec(MediaCrop.None, FallbackWidthOf(widths), (MediaFormat)item.Format);
        (width, height) = spec.SizeFor(item.Width, item.Height);
        return _absolute!.Variant(item, spec);
    }
}
