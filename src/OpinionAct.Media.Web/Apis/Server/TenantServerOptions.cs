using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation;

namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// OpenIddict's server and validation options, one set per tenant (issuer and keys), built by the normal
/// options pipeline and cached until the tenant's keys change. OpenIddict reads its options through
/// <see cref="IOptionsMonitor{TOptions}"/> at the start of each request; answering per tenant there is
/// how one process runs one OpenID server per hub (the approach OpenIddict's author recommends for
/// tenants sharing a service container).
/// </summary>
internal sealed class TenantOptionsMonitor<TOptions>(IOptionsFactory<TOptions> factory, IHttpContextAccessor http) : IOptionsMonitor<TOptions>
    where TOptions : class
{
    // Old entries (a rotated key set, a removed tenant) are few and small; the bound keeps a flood of them harmless.
    private const int MaxEntries = 4096;

    /// <summary>Requests that are not API requests (see <see cref="TenantServerConfiguration"/>) share one dormant set.</summary>
    private const string DormantKey = "(dormant)";

    private readonly ConcurrentDictionary<string, TOptions> _cache = new(StringComparer.Ordinal);

    public TOptions CurrentValue => Get(Options.DefaultName);

    public TOptions Get(string? name)
    {
        var key = http.HttpContext?.Features.Get<ApiServerFeature>()?.CacheKey ?? DormantKey;
        if (_cache.TryGetValue(key, out var options))
        {
            return options;
        }

        if (_cache.Count >= MaxEntries)
        {
            _cache.Clear();
        }

        return _cache.GetOrAdd(key, _ => factory.Create(name ?? Options.DefaultName));
    }

    public IDisposable? OnChange(Action<TOptions, string?> listener) => null;
}
