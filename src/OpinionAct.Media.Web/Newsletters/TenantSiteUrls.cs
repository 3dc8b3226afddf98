using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// A hub's absolute public URLs outside any request (emails, background work): https on the tenant's
/// first concrete host name, else <see cref="MediaOptions.PublicOrigin"/>; then the tenant's prefix.
/// </summary>
public sealed class TenantSiteUrls(IOptions<MediaOptions> options)
{
    /// <summary>The hub's home page, ending with '/': "https://brand.example/" or "http://localhost:5000/demo/".</summary>
    public string Home(TenantDescriptor tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var host = tenant.Hosts.FirstOrDefault(h => !h.StartsWith('*'));
        var origin = host is null ? options.Value.PublicOrigin.TrimEnd('/') : "https://" + host;
        return tenant.Prefix is null ? origin + "/" : $"{origin}/{tenant.Prefix}/";
    }

    /// <summary>An absolute URL for a path of the hub ("articles/x" or "/articles/x").</summary>
    public string Absolute(TenantDescriptor tenant, string path) => Home(tenant) + path.TrimStart('/');
}
