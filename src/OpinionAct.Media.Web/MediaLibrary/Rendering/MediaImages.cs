using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.MediaLibrary.Rendering;

/// <summary>
/// Loads, in one query, every library item a page refers to (<c>media:&lt;id&gt;</c> in covers, photos, topic
/// images, the logo and social image, and in body HTML), with the tenant's signing ring (cached per node),
/// and hands back the <see cref="MediaImageSet"/> pages build their image view models from.
/// </summary>
public sealed class MediaImages
{
    private readonly MediaStore _store;
    private readonly MediaUrlKeys _keys;
    private readonly TenantContext _tenant;
    private readonly MediaOptions _options;

    // Not a primary constructor: the signing keys are internal to the module, so the module builds this with a factory.
    internal MediaImages(MediaStore store, MediaUrlKeys keys, TenantContext tenant, MediaOptions options)
    {
        _store = store;
        _keys = keys;
        _tenant = tenant;
        _options = options;
    }

    /// <param name="fields">Field values: <c>media:12</c>, a URL, or null.</param>
    /// <param name="bodies">HTML or Markdown that may hold <c>media:12</c> references.</param>
    /// <param name="baseUrl">The hub's path base ("/demo"), for the URLs of pages.</param>
    /// <param name="absoluteBase">The hub's absolute base ("https://brand.example/demo"), for OpenGraph, feeds and emails.</param>
    /// <param name="theme">The tenant's theme, whose <c>imageSizes</c> join the default widths.</param>
    /// <param name="plain">How a plain URL is shown on the page (a "/media/..." path is relative to the hub).</param>
    /// <param name="plainAbsolute">How a plain URL is made absolute.</param>
    public async Task<MediaImageSet> LoadAsync(
        IEnumerable<string?> fields, IEnumerable<string?> bodies, string baseUrl, string absoluteBase, ThemeManifest? theme,
        Func<string, string?> plain, Func<string, string> plainAbsolute, CancellationToken cancellationToken)
    {
        var ids = new HashSet<int>();
        foreach (var field in fields)
        {
            if (MediaReference.Parse(field?.Trim()) is { } id)
            {
                ids.Add(id);
            }
        }

        foreach (var body in bodies)
        {
            ids.UnionWith(MediaMentions.Ids(body));
        }

        if (ids.Count == 0)
        {
            return new MediaImageSet(new Dictionary<int, MediaItemRecord>(), null, null, [], plain, plainAbsolute);
        }

        var items = await _store.ReadAsync(ids, cancellationToken);
        if (items.Count == 0)
        {
            return new MediaImageSet(items, null, null, [], plain, plainAbsolute);
        }

        var ring = await _keys.RingAsync(_tenant.Tenant.Name, _store, cancellationToken);
        return new MediaImageSet(
            items, new MediaUrls(baseUrl, ring), new MediaUrls(absoluteBase, ring), DeclaredWidths(_options.Library, theme), plain, plainAbsolute);
    }

    /// <summary>
    /// The widths rendered at upload and listed in srcsets: the configured defaults and the widths the theme declares
    /// in its <c>imageSizes</c>, within the delivery limit.
    /// </summary>
    public static IReadOnlyList<int> DeclaredWidths(MediaLibraryOptions limits, ThemeManifest? theme) =>
    [
        .. limits.DefaultWidths.Concat(theme?.ImageSizes?.Values.Select(s => s.Width) ?? [])
            .Where(w => w > 0 && w <= limits.MaxVariantWidth).Distinct().Order(),
    ];
}
