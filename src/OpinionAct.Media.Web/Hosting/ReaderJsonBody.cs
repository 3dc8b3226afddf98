using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The small JSON body of a readers' API (<c>/api/subscribe</c>, <c>/api/questions</c>): anonymous, so it is refused
/// before any work unless it is JSON (browsers cannot send JSON across sites without a CORS preflight, which these APIs
/// never grant: the CSRF defence) and within its size, chunked bodies included.
/// </summary>
internal static class ReaderJsonBody
{
    /// <returns>The body (null for a JSON <c>null</c>), or the problem answer to send instead.</returns>
    public static async Task<(T? Body, IResult? Refusal)> ReadAsync<T>(HttpContext http, int maxBytes, string expectedShape, CancellationToken cancellationToken)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, Results.Problem(title: "Send the body as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        if (http.Request.ContentLength > maxBytes)
        {
            return (null, Results.Problem(title: $"The body must be at most {maxBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge));
        }

        // A chunked body has no length to check first: the server stops reading past the limit.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            return (await http.Request.ReadFromJsonAsync<T>(cancellationToken), null);
        }
        catch (Exception ex) when (ex is JsonException or BadHttpRequestException)
        {
            return (null, Results.Problem(title: $"The body is not valid JSON of the form {expectedShape}.", statusCode: StatusCodes.Status400BadRequest));
        }
    }
}
