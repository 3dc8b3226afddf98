using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Content;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// Output caching of public pages: anonymous GET/HEAD 200 responses without cookies, varied by
/// host, prefix, path and ?page, tagged with the tenant so publishing evicts the whole hub at
/// once. A request with <c>Cache-Control: no-cache</c> renders afresh (and refreshes the entry).
/// Other nodes' copies expire after <see cref="MediaOptions.OutputCacheDuration"/>.
/// </summary>
public sealed class SiteOutputCache(IOptions<MediaOptions> options) : IOutputCachePolicy
{
    public static string Tag(string tenant) => "tenant:" + tenant;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Headers.Authorization.Count == 0
            && options.Value.OutputCacheDuration > TimeSpan.Zero;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable && !request.Headers.CacheControl.Any(v => v?.Contains("no-cache", StringComparison.OrdinalIgnoreCase) == true);
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "page";
        context.ResponseExpirationTimeSpan = options.Value.OutputCacheDuration;
        context.Tags.Add(Tag(context.HttpContext.RequestServices.GetRequiredService<TenantContext>().Tenant.Name));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
