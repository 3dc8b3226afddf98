namespace OpinionAct.Media.Web.Apis;

/// <summary>
/// Gives the Admin API's bare refusals a problem document: routing answers a body of the wrong media type (415)
/// or a method a route does not have (405) with a status and no body, before any endpoint filter runs. Only an
/// error status with nothing written yet is completed, so every other answer stays as its endpoint made it.
/// </summary>
internal sealed class AdminApiStatusMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
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
