using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// Admin pages are Razor components rendered on the server, statically (no circuit, no script): an
/// endpoint answers with <see cref="Page{TPage}"/> and the component reads the request's
/// <see cref="AdminRequest"/> (language, strings, editor, antiforgery token) by injection.
/// </summary>
internal static class AdminView
{
    public static IResult Page<TPage>(object? parameters = null, int status = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new TokenFirst(new RazorComponentResult<TPage>(parameters ?? new Dictionary<string, object?>())
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
        });

    /// <summary>
    /// Issues the antiforgery token (and its cookie) before the page renders: the renderer may start
    /// the response before a form asks for the token, and a cookie cannot be set after that.
    /// </summary>
    private sealed class TokenFirst(IResult page) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.RequestServices.GetRequiredService<AdminRequest>().Tokens();
            return page.ExecuteAsync(httpContext);
        }
    }
}
