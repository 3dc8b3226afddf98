using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OpinionAct.Media.Web.Html;

/// <summary>
/// A Razor component rendered on the server, statically (no circuit, no script), as an HTML response.
/// <paramref name="prepare"/> runs first: the renderer may start the response before a form asks for
/// its antiforgery token, and the token's cookie cannot be set after that.
/// </summary>
internal sealed class ServerPage<TPage>(object? parameters, int status, Action<HttpContext> prepare) : IResult
    where TPage : IComponent
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        prepare(httpContext);
        var page = new RazorComponentResult<TPage>(parameters ?? new Dictionary<string, object?>())
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
        };
        return page.ExecuteAsync(httpContext);
    }
}
