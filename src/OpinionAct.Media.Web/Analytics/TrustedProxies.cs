using System.Net;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// The reader's address: the connection's, unless the connection comes from a configured trusted
/// proxy, in which case the right-most <c>X-Forwarded-For</c> hop that is not itself a trusted proxy.
/// Anyone can write the header, so nobody else's copy of it is believed.
/// </summary>
public sealed class TrustedProxies
{
    /// <summary>The address of a connection without one (a Unix socket): shared by every such reader, so it is not rate-limited as one client.</summary>
    public const string Unknown = "unknown";

    private readonly HashSet<IPAddress> _proxies;

    public TrustedProxies(IOptions<AnalyticsOptions> options)
    {
        _proxies = [];
        foreach (var text in options.Value.TrustedProxies)
        {
            _proxies.Add(IPAddress.TryParse(text, out var address)
                ? Normalise(address)
                : throw new MediaValidationException($"Media:Analytics:TrustedProxies: '{text}' is not an IP address."));
        }
    }

    public string ClientAddress(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } remote)
        {
            return Unknown;
        }

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
