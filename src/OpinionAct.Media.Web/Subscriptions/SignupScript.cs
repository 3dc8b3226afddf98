using System.Security.Cryptography;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// The one-click signup script served at <c>/signup.js</c> by every hub (a file, so the public pages' CSP of 'self'
/// allows it). The signup forms link to its versioned URL; without it the forms post as plain HTML forms.
/// </summary>
public static class SignupScript
{
    public static readonly byte[] Bytes = Load();

    /// <summary>16 hex digits of the script's SHA-256: a new build of the script gets a new URL.</summary>
    public static readonly string Version = Convert.ToHexStringLower(SHA256.HashData(Bytes))[..16];

    private static readonly string ETag = "\"" + Version + "\"";

    /// <summary>The versioned URL beside the hub's home (<paramref name="homeUrl"/> ends with '/').</summary>
    public static string Url(string homeUrl) => homeUrl + "signup.js?v=" + Version;

    /// <summary>A year at its versioned URL; an hour otherwise (a page cached elsewhere may name an older version).</summary>
    public static IResult Serve(HttpContext http)
    {
        http.Response.Headers.ETag = ETag;
        http.Response.Headers.CacheControl = http.Request.Query["v"] == Version ? "public, max-age=31536000, immutable" : "public, max-age=3600";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return http.Request.Headers.IfNoneMatch == ETag
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(Bytes, "text/javascript; charset=utf-8");
    }

    private static byte[] Load()
    {
        using var stream = typeof(SignupScript).Assembly.GetManifestResourceStream("OpinionAct.Media.Web.signup.js")
            ?? throw new InvalidOperationException("The signup script is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
