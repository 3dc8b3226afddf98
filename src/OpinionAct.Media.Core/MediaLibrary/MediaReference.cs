using System.Globalization;

namespace OpinionAct.Media.MediaLibrary;

/// <summary>
/// How content points at a library item: <c>media:&lt;id&gt;</c>, in a cover, photo, logo or image field
/// and in Markdown (<c>![alt](media:12)</c>). One spelling everywhere, so finding where an item is used
/// is one search, and pages always show the item's current file and text.
/// </summary>
public static class MediaReference
{
    public const string Scheme = "media:";

    public static string For(int id) => Scheme + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The item id of a reference; null when <paramref name="value"/> is a URL or anything else.</summary>
    public static int? Parse(string? value) =>
        value is not null
        && value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
        && value.Length - Scheme.Length is >= 1 and <= 9
        && int.TryParse(value.AsSpan(Scheme.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        && id > 0
            ? id
            : null;
}
