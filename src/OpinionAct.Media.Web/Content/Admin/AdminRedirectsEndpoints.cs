using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>Redirects: the list with delete buttons, and the form that adds one (from an old path to a path or URL).</summary>
internal static class AdminRedirectsEndpoints
{
    public static RouteGroupBuilder MapAdminRedirects(this RouteGroupBuilder admin)
    {
        admin.MapGet("/redirects", (AdminRequest r, AdminReader reader, string? done, CancellationToken ct) =>
            ListAsync(r, reader, string.Empty, string.Empty, AdminFields.NoErrors, done is "added" or "deleted" ? r.T($"done.{done}") : null, StatusCodes.Status200OK, ct));
        admin.MapPost("/redirects", AddAsync);
        admin.MapPost("/redirects/{id:int}/delete", async (int id, AdminRequest r, RedirectService redirects, CancellationToken ct) =>
        {
            await redirects.DeleteAsync(id, r.Actor!, ct);
            return AdminLayout.Redirect(r, "/redirects?done=deleted");
        });
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, AdminReader reader, string from, string to, IReadOnlyDictionary<string, string[]> errors, string? message, int status, CancellationToken ct) =>
        AdminView.Page<RedirectsPage>(new { Redirects = await reader.RedirectsAsync(ct), From = from, To = to, Errors = errors, Message = message }, status);

    private static async Task<IResult> AddAsync(HttpContext http, AdminRequest r, AdminReader reader, RedirectService redirects, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var from = form.Text("From");
        var to = form.Text("To");
        try
        {
            await redirects.AddAsync(from, to, r.Actor!, ct);
            return AdminLayout.Redirect(r, "/redirects?done=added");
        }
        catch (ContentValidationException ex)
        {
            return await ListAsync(r, reader, from, to, ex.Errors, null, StatusCodes.Status422UnprocessableEntity, ct);
        }
    }
}
