using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Site;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// Output caching of Content API answers: GET/HEAD 200s, varied by host, prefix, path, every query parameter, the
/// hash of the presented content key and the response's encoding, tagged with the tenant like the public site so
/// publishing evicts them. An entry is only ever stored after the key check let its request through, and a key
/// change or a change of the "require the key" setting evicts the tenant's tag; so a hit is always for a caller
/// whose key (or lack of one) was accepted, and a keyless caller never reaches an entry made for a key.
/// </summary>
internal sealed class ContentApiCache(IOptions<MediaOptions> options, IResponseCompressionProvider compression) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Headers.Authorization.Count == 0
            && options.Value.OutputCacheDuration > TimeSpan.Zero;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["content-key"] = ContentKeyService.Presented(request) is { } key ? ContentKeyService.Hash(key) : string.Empty;
        CompressedOutputCache.VaryByEncoding(context, compression);
        context.ResponseExpirationTimeSpan = options.Value.OutputCacheDuration;
        context.Tags.Add(SiteOutputCache.Tag(context.HttpContext.RequestServices.GetRequiredService<TenantContext>().Tenant.Name));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK || context.HttpContext.Response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
