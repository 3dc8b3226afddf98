using System.Security.Cryptography;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// The tracker served at <c>/t.js</c> by every hub: under 2 KB, no cookies, no storage, nothing sent
/// under Do Not Track or Global Privacy Control. It posts to the <c>api/events</c> beside itself,
/// so the same file works for host and prefix tenants.
/// </summary>
public static class TrackerScript
{
    public static readonly byte[] Bytes = Load();

    /// <summary>16 hex digits of the script's SHA-256: a new build of the script gets a new URL.</summary>
    public static readonly string Version = Convert.ToHexStringLower(SHA256.HashData(Bytes))[..16];

    public static readonly string ETag = "\"" + Version + "\"";

    public static string Text => System.Text.Encoding.UTF8.GetString(Bytes);

    /// <summary>The versioned URL pages link to, beside the hub's home (<paramref name="homeUrl"/> ends with '/').</summary>
    public static string Url(string homeUrl) => homeUrl + "t.js?v=" + Version;

    /// <summary>
    /// The script, for a year at its versioned URL; for an hour at <c>/t.js</c> or an older version's URL,
    /// which pages cached elsewhere (proxies, feeds readers, browsers) may still name after a deploy.
    /// </summary>
    public static IResult Serve(HttpContext http)
    {
        http.Response.Headers.ETag = ETag;
        http.Response.Headers.CacheControl = http.Request.Query["v"] == Version ? "public, max-age=31536000, immutable" : "public, max-age=3600";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        if (http.Request.Headers.IfNoneMatch == ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(Bytes, "text/javascript; charset=utf-8");
    }

    private static byte[] Load()
    {
        using var stream = typeof(TrackerScript).Assembly.GetManifestResourceStream("OpinionAct.Media.Web.tracker.js")
            ?? throw new InvalidOperationException("The tracker script is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
