using System.Net;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The node's reverse proxies (<c>Media:TrustedProxies</c>, else the older <c>Media:Analytics:TrustedProxies</c>):
/// the forwarded-headers middleware believes their <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, nobody
/// else's, since anyone can write those headers. <see cref="ClientAddress"/> is the reader's address: the
/// connection's, or the right-most forwarded hop that is not itself a trusted proxy.
/// </summary>
public sealed class TrustedProxies
{
    /// <summary>The address of a connection without one (a Unix socket): shared by every such reader, so it is not rate-limited as one client.</summary>
    public const string Unknown = "unknown";

    private readonly HashSet<IPAddress> _proxies;

    public TrustedProxies(IOptions<MediaOptions> media, IOptions<AnalyticsOptions> analytics)
    {
        var (key, list) = media.Value.TrustedProxies.Count > 0
            ? ("Media:TrustedProxies", media.Value.TrustedProxies)
            : ("Media:Analytics:TrustedProxies", analytics.Value.TrustedProxies);
        _proxies = [];
        foreach (var text in list)
        {
            _proxies.Add(IPAddress.TryParse(text, out var address)
                ? Normalise(address)
                : throw new MediaValidationException($"{key}: '{text}' is not an IP address."));
        }
    }

    public IReadOnlyCollection<IPAddress> Addresses => _proxies;

    public int Count => _proxies.Count;

    public string ClientAddress(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } remote)
        {
            return Unknown;
        }

        // The forwarded-headers middleware has already replaced a trusted proxy's address with the hop it
        // forwarded for; walking X-Forwarded-For again only matters when every hop was a trusted proxy.
        remote = Normalise(remote);
        if (!_proxies.Contains(remote))
        {
            return remote.ToString();
        }

        var hops = http.Request.Headers["X-Forwarded-For"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = hops.Length - 1; i >= 0; i--)
        {
            if (!IPAddress.TryParse(hops[i], out var hop))
            {
                break;
            }

            hop = Normalise(hop);
            if (!_proxies.Contains(hop))
            {
                return hop.ToString();
            }
        }

        return remote.ToString();
    }

    private static IPAddress Normalise(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
