using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OpinionAct.Media.Web.Agency;

/// <summary>
/// The console's pages are Razor components rendered on the server, statically, like the editor
/// admin's (<see cref="Admin.AdminView"/>): an endpoint answers with <see cref="Page{TPage}"/> and the
/// component reads the <see cref="ConsoleRequest"/> by injection.
/// </summary>
internal static class ConsoleView
{
    public static IResult Page<TPage>(object? parameters = null, int status = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new TokenFirst(new RazorComponentResult<TPage>(parameters ?? new Dictionary<string, object?>())
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
        });

    /// <summary>
    /// Loads the console request and issues the antiforgery token (and its cookie) before the page
    /// renders: the renderer may start the response before a form asks for the token, and a cookie
    /// cannot be set after that.
    /// </summary>
    private sealed class TokenFirst(IResult page) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var console = httpContext.RequestServices.GetRequiredService<ConsoleRequest>();
            console.Load(httpContext);
            console.Tokens();
            return page.ExecuteAsync(httpContext);
        }
    }
}
