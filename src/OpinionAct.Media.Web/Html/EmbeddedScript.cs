using System.Security.Cryptography;
using System.Text;

namespace OpinionAct.Media.Web.Html;

/// <summary>
/// A script the app embeds and serves itself (pages' CSP allows only the app's own script files): its bytes, a version
/// taken from its content so a new build gets a new URL, and the answer that keeps it for a year at that URL and for an
/// hour at any other (a page cached elsewhere may still name an older version after a deploy).
/// </summary>
public sealed class EmbeddedScript
{
    public EmbeddedScript(string resourceName)
    {
        using var stream = typeof(EmbeddedScript).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The script {resourceName} is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Bytes = buffer.ToArray();
        Version = Convert.ToHexStringLower(SHA256.HashData(Bytes))[..16];
        ETag = "\"" + Version + "\"";
    }

    public byte[] Bytes { get; }

    /// <summary>16 hex digits of the script's SHA-256.</summary>
    public string Version { get; }

    public string ETag { get; }

    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>The script, cached by browsers and, when <paramref name="shared"/>, by proxies (readers' scripts; staff's stay private).</summary>
    public IResult Serve(HttpContext http, bool shared = true)
    {
        var scope = shared ? "public" : "private";
        http.Response.Headers.ETag = ETag;
        http.Response.Headers.CacheControl = http.Request.Query["v"] == Version ? $"{scope}, max-age=31536000, immutable" : $"{scope}, max-age=3600";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return http.Request.Headers.IfNoneMatch == ETag
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(Bytes, "text/javascript; charset=utf-8");
    }
}
