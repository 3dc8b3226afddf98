using System.Security.Cryptography;
using System.Text;
using OpinionAct.Media.Web.Html;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The response headers of every surface, written in this one place: which surface a request is, and what
/// its responses carry (content security policy, framing, referrer, caching, HSTS). Headers are added as the
/// response starts, when the tenant is known, and only where the endpoint has not set its own (the issue
/// preview's sandbox CSP, the subscription pages' <c>no-referrer</c>). Cached public pages get them too, on
/// every hit, so nothing per-request (no nonce) is ever in a public page: its CSP allows scripts and styles
/// from the hub only, plus the hash of the platform's one inline stylesheet.
/// </summary>
public static class SurfaceHeaders
{
    private const string NonceKey = "media.nonce";

    // One year; no includeSubDomains, because a tenant's host says nothing about its siblings' HTTPS.
    private const string StrictTransportSecurity = "max-age=31536000";

    private static readonly string StyleHash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(HtmlPage.Style))) + "'";

    private static readonly string PublicPolicy =
        $"default-src 'self'; img-src 'self' https: data:; script-src 'self'; style-src 'self' {StyleHash}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // JSON, scripts, stylesheets and media render nothing of their own; a file opened directly (an SVG) runs nothing either.
    private const string ResourcePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Adds the surface headers to every response of the branch it is placed in; place it before anything that writes.</summary>
    public static IApplicationBuilder UseSurfaceHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            Apply(http, Classify(http));
            return Task.CompletedTask;
        }, context);
        return next(context);
    });

    /// <summary>The per-request script nonce of staff pages (created on first use): <c>&lt;script nonce="…"&gt;</c>.</summary>
    public static string Nonce(HttpContext context)
    {
        if (context.Items[NonceKey] is not string nonce)
        {
            nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            context.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    public static ResponseSurface Classify(HttpContext context)
    {
        var path = context.Request.Path;
        var tenant = context.RequestServices.GetService<TenantContext>();
        if (tenant is not { HasTenant: true })
        {
            return path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) ? ResponseSurface.Api : ResponseSurface.PublicSite;
        }

        if (tenant.Tenant.IsHost)
        {
            return ResponseSurface.AgencyConsole;
        }

        return path switch
        {
            _ when path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase) => ResponseSurface.EditorAdmin,
            _ when path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) => ResponseSurface.Api,
            _ when path.StartsWithSegments("/assets", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/media", StringComparison.OrdinalIgnoreCase) || path.Equals("/t.js", StringComparison.OrdinalIgnoreCase) || path.Equals("/signup.js", StringComparison.OrdinalIgnoreCase) || path.Equals("/favicon.svg", StringComparison.OrdinalIgnoreCase) => ResponseSurface.StaticAsset,
            _ => ResponseSurface.PublicSite,
        };
    }

    public static void Apply(HttpContext context, ResponseSurface surface)
    {
        var headers = context.Response.Headers;
        Default(headers, "X-Content-Type-Options", "nosniff");
        if (context.Request.IsHttps)
        {
            Default(headers, "Strict-Transport-Security", StrictTransportSecurity);
        }

        switch (surface)
        {
            case ResponseSurface.EditorAdmin or ResponseSurface.AgencyConsole:
                // Staff pages: out of every cache and frame; scripts only with this response's nonce.
                Default(headers, "Cache-Control", "no-store");
                Default(headers, "Pragma", "no-cache");
                Default(headers, "X-Frame-Options", "DENY");
                Default(headers, "Referrer-Policy", "same-origin");
                Default(headers, "Content-Security-Policy",
                    $"default-src 'self'; img-src 'self' https: data:; style-src 'self' 'unsafe-inline'; script-src 'nonce-{Nonce(context)}'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
                break;
            case ResponseSurface.Api or ResponseSurface.StaticAsset:
                Default(headers, "X-Frame-Options", "DENY");
                Default(headers, "Referrer-Policy", surface == ResponseSurface.Api ? "no-referrer" : "strict-origin-when-cross-origin");
                Default(headers, "Content-Security-Policy", ResourcePolicy);
                break;
            default:
                Default(headers, "X-Frame-Options", "DENY");
                Default(headers, "Referrer-Policy", "strict-origin-when-cross-origin");
                Default(headers, "Content-Security-Policy", PublicPolicy);
                break;
        }
    }

    private static void Default(IHeaderDictionary headers, string name, string value)
    {
        if (!headers.ContainsKey(name))
        {
            headers[name] = value;
        }
    }
}
