using Microsoft.Net.Http.Headers;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.MediaLibrary.Delivery;

/// <summary>
/// Serves a hub's images: masters at <c>/media/{id}/{hash16}.{ext}</c> and signed variants at
/// <c>/media/{id}/{version}/{spec}?k=&amp;s=</c> (see <see cref="MediaUrls"/>). A cached file is served
/// without touching the database; a miss looks the item up in this tenant's database only, so another
/// tenant's id, a stale version, an unsigned or tampered URL, or a width past the limit is a plain 404.
/// Every answer can be cached for a year: the URL changes when the file or the focal point does.
/// </summary>
internal static class MediaDeliveryEndpoints
{
    private const string CacheControl = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapMediaDelivery(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{id:int}/{file}", MasterAsync);
        endpoints.MapGet("/media/{id:int}/{version}/{spec}", VariantAsync);
        return endpoints;
    }

    private static async Task<IResult> MasterAsync(
        int id, string file, HttpContext http, TenantContext tenant, MediaVariantCache cache, MediaVariants variants, SharedMediaCacheCheck check, CancellationToken ct)
    {
        var dot = file.IndexOf('.', StringComparison.Ordinal);
        if (dot != 16 || !IsHex(file.AsSpan(0, 16)) || MediaFormats.FromExtension(file[(dot + 1)..]) is not { } format || file[(dot + 1)..] != format.Extension())
        {
            return Results.NotFound();
        }

        var hash16 = file[..16];
        var path = await CachedOrRenderedAsync(
            http, tenant, cache, check, id, hash16, cache.PathOf(tenant.Tenant.Name, id, hash16, "master." + format.Extension()),
            item => item.Hash[..16] == hash16 && (MediaFormat)item.Format == format,
            item => variants.EnsureMasterAsync(tenant.Tenant.Name, item, ct),
            ct);
        return path is null ? Results.NotFound() : await ServeAsync(http, cache, path, format, hash16, ct);
    }

    private static async Task<IResult> VariantAsync(
        int id, string version, string spec, HttpContext http, TenantContext tenant, MediaUrlKeys keys, MediaVariantCache cache, MediaVariants variants,
        SharedMediaCacheCheck check, Microsoft.Extensions.Options.IOptions<MediaOptions> options, CancellationToken ct)
    {
        var parsed = VariantSpec.Parse(spec);
        if (parsed is not { } variant || variant.Width > options.Value.Library.MaxVariantWidth || version.Length != 16 || !IsHex(version))
        {
            return Results.NotFound();
        }

        var name = tenant.Tenant.Name;
        var keyId = http.Request.Query["k"].ToString();
        var ring = keys.Cached(name, keyId) ?? await keys.RingAsync(name, Store(http), ct, mustKnow: keyId);
        if (!ring.Verify(MediaUrls.SignedPath(id, version, spec), keyId, http.Request.Query["s"].ToString()))
        {
            return Results.NotFound();
        }

        var path = await CachedOrRenderedAsync(
            http, tenant, cache, check, id, version, cache.PathOf(name, id, version, spec),
            item => MediaUrls.Version(item) == version,
            item => variants.EnsureAsync(name, item, variant, ct),
            ct);
        return path is null ? Results.NotFound() : await ServeAsync(http, cache, path, variant.Format, version + "-" + spec, ct);
    }

    /// <summary>
    /// The file to serve for a master or variant, or null for a 404. A cached file this node may trust is served as it
    /// is; otherwise the item is looked up in the tenant's database: gone or changed, its stale copies are dropped; still
    /// current, a missing file is rendered (<paramref name="render"/>) and the file is trusted until the next change.
    /// </summary>
    private static async Task<string?> CachedOrRenderedAsync(
        HttpContext http, TenantContext tenant, MediaVariantCache cache, SharedMediaCacheCheck check, int id, string version, string path,
        Func<MediaItemRecord, bool> current, Func<MediaItemRecord, Task<string?>> render, CancellationToken ct)
    {
        var cached = File.Exists(path);
        if (cached && check.Trusted(tenant.Tenant, path))
        {
            return path;
        }

        var item = await Store(http).FindAsync(id, ct);
        if (item is null || !current(item))
        {
            DropStale(http, cache, tenant.Tenant.Name, id, version, cached);
            return null;
        }

        if (!cached)
        {
            cache.Forget(path); // the file was dropped from disk: its memory copy goes too
            if (await render(item) is not { } rendered)
            {
                return null;
            }

            path = rendered;
        }

        check.Confirmed(tenant.Tenant, path);
        return path;
    }

    private static async Task<IResult> ServeAsync(HttpContext http, MediaVariantCache cache, string path, MediaFormat format, string tag, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = CacheControl;
        var etag = new EntityTagHeaderValue("\"" + tag + "\"");
        return await cache.HotAsync(path, ct) is { } bytes
            ? Results.Bytes(bytes, format.ContentType(), entityTag: etag)
            : Results.File(path, format.ContentType(), entityTag: etag);
    }

    /// <summary>
    /// A cluster member's copy of an item another node deleted or changed: gone from this node's cache too, so it is
    /// neither served nor kept. (A lone node never gets here with a cached file: the node that changed it dropped it.)
    /// </summary>
    private static void DropStale(HttpContext http, MediaVariantCache cache, string tenant, int id, string version, bool cached)
    {
        if (!cached)
        {
            return;
        }

        cache.DropVersion(tenant, id, version);
        var node = NodeNames.Resolve(http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<MediaOptions>>().Value.NodeName);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MediaDeliveryEndpoints)).StaleCacheDropped(tenant, id, node);
    }

    // Resolved only on a miss: a cached file is served without opening the tenant's database.
    private static MediaStore Store(HttpContext http) => http.RequestServices.GetRequiredService<MediaStore>();

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
