using Microsoft.AspNetCore.Components;
using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.Web.Agency;

/// <summary>
/// The console's pages are Razor components rendered on the server, like the editor admin's
/// (<see cref="Admin.AdminView"/>): an endpoint answers with <see cref="Page{TPage}"/> and the
/// component reads the <see cref="ConsoleRequest"/> by injection.
/// </summary>
internal static class ConsoleView
{
    public static IResult Page<TPage>(object? parameters = null, int status = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new ServerPage<TPage>(parameters, status, http =>
        {
            var console = http.RequestServices.GetRequiredService<ConsoleRequest>();
            console.Load(http);
            console.Tokens();
        });
}
