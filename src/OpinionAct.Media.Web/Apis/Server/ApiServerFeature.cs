using OpinionAct.Media.Web.Apis.Keys;

namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// What the current request's tenant gives its OpenID server: its issuer (the tenant's public base URL)
/// and its keys. <see cref="ApiServerMiddleware"/> sets it before OpenIddict runs; the per-tenant
/// options monitors read it, since OpenIddict asks for its options synchronously.
/// </summary>
internal sealed record ApiServerFeature(Uri Issuer, TenantApiKeys Keys)
{
    public string CacheKey { get; } = Issuer.AbsoluteUri + "|" + Keys.Version;
}
