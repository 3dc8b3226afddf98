using System.Net;
using System.Net.Sockets;

namespace OpinionAct.Media.Webhooks;

/// <summary>
/// Which addresses a webhook may never reach (server-side request forgery): loopback, unspecified, private
/// (RFC 1918, fc00::/7), link-local (169.254/16, fe80::/10, which holds the cloud metadata endpoint
/// 169.254.169.254), shared CGNAT space (100.64/10), multicast, broadcast, AWS's IPv6 metadata fd00:ec2::254,
/// and the same through IPv4-mapped IPv6. Checked on the resolved addresses, never on the host name.
/// </summary>
public static class WebhookAddresses
{
    public static bool IsForbidden(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] == 0                                   // 0.0.0.0/8 "this network"
                || b[0] == 10                                  // 10/8
                || (b[0] == 172 && (b[1] & 0xF0) == 16)        // 172.16/12
                || (b[0] == 192 && b[1] == 168)                // 192.168/16
                || (b[0] == 169 && b[1] == 254)                // 169.254/16 link-local and metadata
                || (b[0] == 100 && (b[1] & 0xC0) == 64)        // 100.64/10 CGNAT
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)     // 192.0.0/24 IETF protocol assignments
                || b[0] >= 224;                                // multicast, reserved, broadcast
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC                       // fc00::/7 unique local (holds fd00:ec2::254)
                || (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0
                    && b[8] == 0 && b[9] == 0 && b[10] == 0 && b[11] == 0)  // ::/96 IPv4-compatible, deprecated
                || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B); // 64:ff9b::/96 NAT64 can reach private IPv4
        }

        return true;
    }

    /// <summary>
    /// Checks a target URL's form: absolute http or https, a host, no user name or password. Returns the sentence
    /// to show, or null when the form is acceptable (its addresses are checked separately).
    /// </summary>
    public static string? CheckUrl(string? url, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(url))
        {
            return "Give the URL the events are posted to.";
        }

        if (url.Length > 2000 || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed))
        {
            return "The URL is not a valid absolute URL.";
        }

        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
        {
            return "Only http and https URLs are accepted.";
        }

        if (!string.IsNullOrEmpty(parsed.UserInfo))
        {
            return "The URL must not contain a user name or password; verify requests with the signature instead.";
        }

        if (string.IsNullOrEmpty(parsed.Host))
        {
            return "The URL has no host.";
        }

        uri = parsed;
        return null;
    }
}
