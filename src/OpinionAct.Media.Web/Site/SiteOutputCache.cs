using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Content;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// Output caching of public pages: anonymous GET/HEAD 200 responses without cookies, varied by
/// host, prefix, path, ?page and the response's encoding, tagged with the tenant so publishing
/// evicts the whole hub at once. <c>Cache-Control: no-cache</c> renders afresh (and refreshes the entry) for signed-in
/// editors of the hub only: from anyone else it would be a free lever to make every request a render.
/// Other nodes' copies expire after <see cref="MediaOptions.OutputCacheDuration"/>.
/// </summary>
public sealed class SiteOutputCache(IOptions<MediaOptions> options, IResponseCompressionProvider compression) : IOutputCachePolicy
{
    public static string Tag(string tenant) => "tenant:" + tenant;

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Headers.Authorization.Count == 0
            && options.Value.OutputCacheDuration > TimeSpan.Zero;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable && !await IsStaffRefreshAsync(context.HttpContext);
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "page";
        CompressedOutputCache.VaryByEncoding(context, compression);
        context.ResponseExpirationTimeSpan = options.Value.OutputCacheDuration;
        context.Tags.Add(Tag(context.HttpContext.RequestServices.GetRequiredService<TenantContext>().Tenant.Name));
    }

    /// <summary>
    /// A no-cache request from a signed-in editor of this hub. The public site does not authenticate, so the
    /// cookie is only decrypted and checked (tenant, account, security stamp) when both the header and the
    /// cookie are there: an anonymous client gains nothing by sending either, or a made-up cookie.
    /// </summary>
    private static async ValueTask<bool> IsStaffRefreshAsync(HttpContext http)
    {
        var noCache = http.Request.Headers.CacheControl.Any(v => v?.Contains("no-cache", StringComparison.OrdinalIgnoreCase) == true);
        if (!noCache || !http.Request.Cookies.ContainsKey(EditorAdmin.CookieName))
        {
            return false;
        }

        var result = await http.AuthenticateAsync(EditorAdmin.Scheme);
        return result.Succeeded;
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
