namespace OpinionAct.Media.Web.Apis;

/// <summary>
/// Gives the Admin API's bare refusals a problem document. A path under <c>/api/v1/admin</c> that no Admin API
/// route (one stating its scope, <see cref="ApiScopeMetadata"/>) matched is 404 here, rather than the site's
/// HTML page or a public catch-all route. Routing answers a body of the wrong media type (415) or a method a
/// route does not have (405) with a status and no body, before any endpoint filter runs: such an error status
/// with nothing written yet is completed; every other answer stays as its endpoint made it.
/// </summary>
internal sealed class AdminApiStatusMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Routing's rejection endpoints (405, 415) carry no metadata; any other endpoint without a scope is not the API's.
        if (context.GetEndpoint() is not { } endpoint || (endpoint.Metadata.Count > 0 && endpoint.Metadata.GetMetadata<ApiScopeMetadata>() is null))
        {
            await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: "No Admin API route has this path; see docs/apis.md.").ExecuteAsync(context);
            return;
        }

        await next(context);
        var response = context.Response;
        if (response.HasStarted || response.StatusCode < 400 || response.ContentType is not null || response.ContentLength > 0)
        {
            return;
        }

        var title = response.StatusCode switch
        {
            StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json (uploads as multipart/form-data).",
            StatusCodes.Status405MethodNotAllowed => "This route does not answer this method.",
            StatusCodes.Status404NotFound => "Not found.",
            _ => "The request was refused.",
        };
        await Results.Problem(statusCode: response.StatusCode, title: title).ExecuteAsync(context);
    }

    /// <summary>True for the Admin API's paths (relative to the tenant's base).</summary>
    public static bool Applies(HttpContext context) => context.Request.Path.StartsWithSegments("/api/v1/admin", StringComparison.OrdinalIgnoreCase);
}
