using Microsoft.AspNetCore.Antiforgery;
using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// Wraps every admin endpoint: loads the request context, refuses any POST whose antiforgery token
/// is missing or wrong (400, before anything is read or written), and turns content exceptions into
/// the admin's 403 and 404 pages.
/// </summary>
internal sealed class AdminFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.RequestServices.GetRequiredService<AdminRequest>();
        await request.LoadAsync(http, http.RequestAborted);

        // An endpoint with a body limit (media uploads) refuses a declared length past it before anything is
        // read: checking the antiforgery token would read the whole form first.
        if (http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } max }
            && http.Request.ContentLength > max)
        {
            return AdminLayout.TooLarge(request);
        }

        if (!await AntiforgeryRequirement.IsSatisfiedAsync(http, antiforgery))
        {
            return AdminLayout.BadForm(request);
        }

        try
        {
            return await next(context);
        }
        catch (ContentAccessDeniedException ex)
        {
            return AdminLayout.Forbidden(request, ex.Message);
        }
        catch (ContentNotFoundException)
        {
            return AdminLayout.NotFound(request);
        }
    }
}
