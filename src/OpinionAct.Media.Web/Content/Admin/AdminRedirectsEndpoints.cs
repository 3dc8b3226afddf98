using System.Globalization;
using System.Text;
using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Content;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>Redirects: the list with delete buttons, and the form that adds one (from an old path to a path or URL).</summary>
internal static class AdminRedirectsEndpoints
{
    public static RouteGroupBuilder MapAdminRedirects(this RouteGroupBuilder admin)
    {
        admin.MapGet("/redirects", (AdminRequest r, AdminReader reader, string? done, CancellationToken ct) =>
            ListAsync(r, reader, string.Empty, string.Empty, AdminHtml.NoErrors, done is "added" or "deleted" ? r.T($"done.{done}") : null, StatusCodes.Status200OK, ct));
        admin.MapPost("/redirects", AddAsync);
        admin.MapPost("/redirects/{id:int}/delete", async (int id, AdminRequest r, RedirectService redirects, CancellationToken ct) =>
        {
            await redirects.DeleteAsync(id, r.Actor!, ct);
            return AdminLayout.Redirect(r, "/redirects?done=deleted");
        });
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, AdminReader reader, string from, string to, IReadOnlyDictionary<string, string[]> errors, string? message, int status, CancellationToken ct)
    {
        var t = r.Text;
        var redirects = await reader.RedirectsAsync(ct);
        var rows = new StringBuilder();
        foreach (var redirect in redirects)
        {
            var delete = AdminHtml.ButtonForm(r, $"{r.AdminBase}/redirects/{redirect.Id}/delete", t["action.delete"], t.Format("action.delete_named", "/" + redirect.FromPath), css: "danger");
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td>/{E(redirect.FromPath)}</td><td>{E(redirect.ToUrl)}</td><td>{E(r.Date(redirect.CreatedUtc))}</td><td>{delete}</td></tr>\n");
        }

        var table = redirects.Count == 0 ? $"<p>{E(t["redirects.none"])}</p>" : $"""
            <table>
            <caption class="visually-hidden">{E(t["nav.redirects"])}</caption>
            <thead><tr><th scope="col">{E(t["field.From"])}</th><th scope="col">{E(t["field.To"])}</th><th scope="col">{E(t["col.date"])}</th><th scope="col">{E(t["col.action"])}</th></tr></thead>
            <tbody>
            {rows}
            </tbody>
            </table>
            """;
        var body = $"""
            <h1>{E(t["nav.redirects"])}</h1>
            {AdminHtml.Notice(message)}
            {table}
            <h2>{E(t["redirect.new"])}</h2>
            {AdminHtml.Summary(t, errors)}
            <form method="post" action="{E(r.AdminBase)}/redirects" novalidate>
            {r.TokenField()}
            <div class="row">
            {AdminHtml.Input(t, "From", from, errors, hint: t["hint.from"], attributes: "required")}
            {AdminHtml.Input(t, "To", to, errors, hint: t["hint.to"], attributes: "required")}
            </div>
            <div class="actions"><button type="submit">{E(t["action.add"])}</button></div>
            </form>
            """;
        return AdminLayout.Page(r, t["nav.redirects"], body, status, "redirects");
    }

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
