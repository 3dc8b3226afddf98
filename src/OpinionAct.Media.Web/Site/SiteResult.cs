using System.IO.Hashing;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// A public response with a strong ETag computed from its bytes; a matching If-None-Match gets
/// 304 without a body. The output cache stores the ETag with the page, so cached hits answer
/// conditional requests the same way. The tag is 96 bits of XXH128, not a cryptographic hash: it only has to change
/// when the page does. SHA-256 took about 15 µs of an article built on every request (23 KB at 1.5 GB/s), 1 to 2 % of it.
/// </summary>
public sealed class SiteResult(byte[] body, string contentType, int statusCode = StatusCodes.Status200OK) : IResult
{
    public static SiteResult Html(string html, int statusCode = StatusCodes.Status200OK) =>
        new(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", statusCode);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(XxHash128.Hash(body).AsSpan(0, 12))}\"");
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        if (statusCode == StatusCodes.Status200OK)
        {
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = "public, max-age=60";
            var ifNoneMatch = httpContext.Request.GetTypedHeaders().IfNoneMatch;
            if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentType = null;
                return;
            }
        }

        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
