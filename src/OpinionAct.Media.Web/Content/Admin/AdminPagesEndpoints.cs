using System.Globalization;
using System.Text;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Web.Content;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>Static pages: the list, create and edit (title, path, Markdown body, published).</summary>
internal static class AdminPagesEndpoints
{
    public static RouteGroupBuilder MapAdminPages(this RouteGroupBuilder admin)
    {
        admin.MapGet("/pages", ListAsync);
        admin.MapGet("/pages/new", (AdminRequest r) => Form(r, null, new PageDraft(string.Empty), AdminHtml.NoErrors));
        admin.MapPost("/pages/new", (HttpContext http, AdminRequest r, PageService pages, CancellationToken ct) => SaveAsync(null, http, r, pages, ct));
        admin.MapGet("/pages/{id:int}", async (int id, AdminRequest r, AdminReader reader, CancellationToken ct) =>
            await reader.PageAsync(id, ct) is { } page ? Form(r, page, new PageDraft(page.Title, page.Path, page.BodyMarkdown, page.Published), AdminHtml.NoErrors) : AdminLayout.NotFound(r));
        admin.MapPost("/pages/{id:int}", async (int id, HttpContext http, AdminRequest r, AdminReader reader, PageService pages, CancellationToken ct) =>
            await reader.PageAsync(id, ct) is null ? AdminLayout.NotFound(r) : await SaveAsync(id, http, r, pages, ct));
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, AdminReader reader, string? done, CancellationToken ct)
    {
        var t = r.Text;
        var pages = await reader.PagesAsync(ct);
        var rows = new StringBuilder();
        foreach (var page in pages)
        {
            var state = page.Published ? t["status.Published"] : t["status.Draft"];
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{E(r.AdminBase)}/pages/{page.Id}\">{E(page.Title)}</a></td><td>/{E(page.Path)}</td><td>{E(state)}</td><td>{E(r.Date(page.UpdatedUtc))}</td></tr>\n");
        }

        var table = pages.Count == 0 ? $"<p>{E(t["pages.none"])}</p>" : $"""
            <table>
            <caption class="visually-hidden">{E(t["nav.pages"])}</caption>
            <thead><tr><th scope="col">{E(t["field.Title"])}</th><th scope="col">{E(t["field.Path"])}</th><th scope="col">{E(t["col.status"])}</th><th scope="col">{E(t["col.updated"])}</th></tr></thead>
            <tbody>
            {rows}
            </tbody>
            </table>
            """;
        var body = $"""
            <h1>{E(t["nav.pages"])}</h1>
            {AdminHtml.Notice(done == "saved" ? t["done.save"] : null)}
            <p><a class="button" href="{E(r.AdminBase)}/pages/new">{E(t["page.new"])}</a></p>
            {table}
            """;
        return AdminLayout.Page(r, t["nav.pages"], body, section: "pages");
    }

    private static IResult Form(AdminRequest r, PageRecord? page, PageDraft input, IReadOnlyDictionary<string, string[]> errors, int status = StatusCodes.Status200OK)
    {
        var t = r.Text;
        var title = page is null ? t["page.new"] : t.Format("page.edit", page.Title);
        var body = $"""
            <h1>{E(title)}</h1>
            <p><a href="{E(r.AdminBase)}/pages">{E(t["nav.pages"])}</a></p>
            {AdminHtml.Summary(t, errors)}
            <form method="post" action="{E(r.AdminBase)}/pages/{(page is null ? "new" : page.Id.ToString(CultureInfo.InvariantCulture))}" novalidate>
            {r.TokenField()}
            {AdminHtml.Input(t, "Title", input.Title, errors, attributes: "required maxlength=\"300\"")}
            {AdminHtml.Input(t, "Path", input.Path, errors, hint: t["hint.path"], attributes: "maxlength=\"300\"")}
            {AdminHtml.TextArea(t, "Body", input.Body, errors, rows: 16, hint: t["hint.markdown"], attributes: "class=\"code\"")}
            {AdminHtml.Checkbox("Published", t["field.Published"], input.Published)}
            <div class="actions"><button type="submit">{E(t["action.save_plain"])}</button></div>
            </form>
            """;
        return AdminLayout.Page(r, title, body, status, "pages");
    }

    private static async Task<IResult> SaveAsync(int? id, HttpContext http, AdminRequest r, PageService pages, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var draft = new PageDraft(form.Text("Title"), AdminTopicsEndpoints.NullIfEmpty(form.Text("Path").Trim('/')), form.Raw("Body"), form.Bool("Published"));
        try
        {
            await pages.SaveAsync(id, draft, r.Actor!, ct);
            return AdminLayout.Redirect(r, "/pages?done=saved");
        }
        catch (ContentValidationException ex)
        {
            var current = id is null ? null : new PageRecord { Id = id.Value, Path = draft.Path ?? string.Empty, Title = draft.Title };
            return Form(r, current, draft, ex.Errors, StatusCodes.Status422UnprocessableEntity);
        }
    }
}
