using System.Globalization;

namespace OpinionAct.Media.MediaLibrary;

/// <summary>
/// One rendition of a media item, written in URLs as <c>{crop}{width}.{ext}</c>: <c>w960.webp</c> (the
/// whole image 960 px wide), <c>sq320.jpg</c>, <c>wide960.webp</c>, <c>og1200.jpg</c>.
/// </summary>
public readonly record struct VariantSpec(MediaCrop Crop, int Width, MediaFormat Format)
{
    /// <summary>
    /// The pixel size of this variant cut from a source of <paramref name="sourceWidth"/> × <paramref name="sourceHeight"/>:
    /// the crop's proportions at the spec's width, scaled down (never up) until it fits inside the source.
    /// </summary>
    public (int Width, int Height) SizeFor(int sourceWidth, int sourceHeight)
    {
        double width = Width;
        double height = Crop switch
        {
            MediaCrop.Square => Width,
            MediaCrop.Wide => Width * 9 / 16.0,
            MediaCrop.OpenGraph => Width * 630 / 1200.0,
            _ => (double)sourceHeight * Width / sourceWidth,
        };
        var scale = Math.Min(1, Math.Min(sourceWidth / width, sourceHeight / height));
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    public override string ToString() => Prefix(Crop) + Width.ToString(CultureInfo.InvariantCulture) + "." + Format.Extension();

    /// <summary>Reads a spec as written in a URL; null for anything else (unknown crop, format or a width outside 1..99999).</summary>
    public static VariantSpec? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 24)
        {
            return null;
        }

        var dot = text.LastIndexOf('.');
        if (dot <= 0 || MediaFormats.FromExtension(text[(dot + 1)..]) is not { } format || text[(dot + 1)..] == "jpeg")
        {
            return null;
        }

        var name = text[..dot];
        foreach (var crop in Enum.GetValues<MediaCrop>())
        {
            var prefix = Prefix(crop);
            if (name.StartsWith(prefix, StringComparison.Ordinal)
                && name.Length - prefix.Length is >= 1 and <= 5
                && name[prefix.Length] != '0'
                && int.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var width))
            {
                return new VariantSpec(crop, width, format);
            }
        }

        return null;
    }

    private static string Prefix(MediaCrop crop) => crop switch
    {
        MediaCrop.Square => "sq",
        MediaCrop.Wide => "wide",
        MediaCrop.OpenGraph => "og",
        _ => "w",
    };
}
