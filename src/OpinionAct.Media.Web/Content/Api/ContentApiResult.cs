using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// A Content API answer: the JSON bytes with a strong ETag (a hash of those bytes, so it changes exactly when the
/// representation does: content, settings, image URLs) and <c>304 Not Modified</c> when <c>If-None-Match</c> names it.
/// The output cache keeps the 200 with its ETag and answers later conditional requests itself.
/// </summary>
internal sealed class ContentApiResult(byte[] body) : IResult
{
    public static ContentApiResult Json(JsonNode node, JsonSerializerOptions options) => new(JsonSerializer.SerializeToUtf8Bytes(node, options));

    public string ETag { get; } = "\"" + Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_') + "\"";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = ETag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = ContentKeyService.HeaderName;
        var ifNoneMatch = httpContext.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0 && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag == ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
