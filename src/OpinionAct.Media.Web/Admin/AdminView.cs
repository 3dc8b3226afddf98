using Microsoft.AspNetCore.Components;
using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// Admin pages are Razor components rendered on the server (<see cref="ServerPage{TPage}"/>): an
/// endpoint answers with <see cref="Page{TPage}"/> and the component reads the request's
/// <see cref="AdminRequest"/> (language, strings, editor, antiforgery token) by injection.
/// </summary>
internal static class AdminView
{
    public static IResult Page<TPage>(object? parameters = null, int status = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new ServerPage<TPage>(parameters, status, http => http.RequestServices.GetRequiredService<AdminRequest>().Tokens());
}
