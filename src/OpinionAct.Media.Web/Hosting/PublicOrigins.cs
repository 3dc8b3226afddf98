using System.Net;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The one rule for "where readers reach this tenant", used by canonicals, feeds, sitemaps, robots.txt and
/// emailed links alike: the tenant's first concrete host (a wildcard cannot be canonical), else the
/// platform origin (<see cref="MediaOptions.PublicOrigin"/>, formerly <c>Media:Subscriptions:PublicBaseUrl</c>);
/// the prefix follows. The request's Host header is the client's to write, so it is believed only when
/// nothing is configured and it names this machine (loopback) or an agency host: the <c>dotnet run</c> demo.
/// </summary>
public sealed class PublicOrigins
{
    /// <summary>The origin used when nothing is configured and the request cannot vouch for itself.</summary>
    public const string Fallback = "http://localhost";

    private readonly Uri? _configured;
    private readonly HashSet<string> _agencyHosts;
    private readonly ILogger<PublicOrigins> _logger;
    private int _warned;

    public PublicOrigins(IOptions<MediaOptions> media, IOptions<SubscriptionOptions> subscriptions, ILogger<PublicOrigins> logger)
    {
        _logger = logger;
        var (key, text) = string.IsNullOrWhiteSpace(media.Value.PublicOrigin)
            ? ("Media:Subscriptions:PublicBaseUrl", subscriptions.Value.PublicBaseUrl)
            : ("Media:PublicOrigin", media.Value.PublicOrigin);
        if (!string.IsNullOrWhiteSpace(text))
        {
            _configured = Uri.TryCreate(text.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0
                ? uri
                : throw new MediaValidationException($"{key}: '{text}' is not an http or https origin such as https://media.example.com.");
        }

        _agencyHosts = new(media.Value.HostNames.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The tenant's public root without a trailing slash: origin plus prefix (what emailed links start with).</summary>
    public string BaseUrl(TenantDescriptor tenant, HttpRequest? request = null) =>
        Origin(tenant, request) + (tenant.Prefix is null ? string.Empty : "/" + tenant.Prefix);

    /// <summary>What a tenant's PathBase is appended to: scheme, host and any path of the platform origin, without a trailing slash.</summary>
    public string Origin(TenantDescriptor tenant, HttpRequest? request = null)
    {
        var platform = Platform(request);
        return Compose(tenant, platform);
    }

    /// <summary>The rule itself, for a known platform origin.</summary>
    internal static string Compose(TenantDescriptor tenant, Uri platform)
    {
        var host = tenant.ConcreteHost();
        return host is null
            ? platform.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : $"{platform.Scheme}://{host}";
    }

    private Uri Platform(HttpRequest? request)
    {
        if (_configured is not null)
        {
            return _configured;
        }

        if (request is not null && Vouches(request.Host))
        {
            // The scheme is the connection's, or a trusted proxy's X-Forwarded-Proto (UseForwardedHeaders ran first).
            return new Uri($"{request.Scheme}://{request.Host.Value}/", UriKind.Absolute);
        }

        if (request is not null && Interlocked.Exchange(ref _warned, 1) == 0)
        {
            _logger.PublicOriginUnset(Fallback);
        }

        return new Uri(Fallback + "/", UriKind.Absolute);
    }

    private bool Vouches(HostString host) =>
        host.HasValue
        && (_agencyHosts.Contains(host.Value) || _agencyHosts.Contains(host.Host) || IsLoopback(host.Host));

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
