using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Web.MediaLibrary.Delivery;

/// <summary>
/// The public URLs of a tenant's images, relative to <paramref name="baseUrl"/> (the hub's path base, or
/// its absolute origin for feeds and emails):
/// <list type="bullet">
/// <item>master: <c>{base}/media/{id}/{hash16}.{ext}</c>;</item>
/// <item>variant: <c>{base}/media/{id}/{version}/{spec}?k={key}&amp;s={signature}</c>, where the version
/// changes with the file and the focal point, so every URL can be cached for a year.</item>
/// </list>
/// </summary>
internal sealed class MediaUrls(string baseUrl, MediaUrlKeyRing keys)
{
    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    public string Master(MediaItemRecord item) =>
        string.Create(CultureInfo.InvariantCulture, $"{BaseUrl}/media/{item.Id}/{item.Hash[..16]}.{((MediaFormat)item.Format).Extension()}");

    // A page lists each item at several widths and formats: its version (a SHA-256) is worked out once per
    // file and focal point. One instance serves one page, request or command, never two threads at once.
    private readonly Dictionary<(string Hash, double X, double Y), string> _versions = [];

    public string Variant(MediaItemRecord item, VariantSpec spec)
    {
        var path = SignedPath(item.Id, VersionOf(item), spec.ToString());
        return string.Create(CultureInfo.InvariantCulture, $"{BaseUrl}/media/{path}?k={keys.SigningKeyId}&s={keys.Sign(path)}");
    }

    /// <summary>What a variant URL's signature covers: the item, its version and the spec.</summary>
    public static string SignedPath(int id, string version, string spec) => string.Create(CultureInfo.InvariantCulture, $"{id}/{version}/{spec}");

    private string VersionOf(MediaItemRecord item)
    {
        var key = (item.Hash, item.FocalX, item.FocalY);
        if (!_versions.TryGetValue(key, out var version))
        {
            _versions[key] = version = Version(item);
        }

        return version;
    }

    /// <summary>16 hex digits that change whenever the file or the focal point does.</summary>
    public static string Version(MediaItemRecord item)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{item.Hash}|{item.FocalX:0.###}|{item.FocalY:0.###}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(text)))[..16];
    }
}
