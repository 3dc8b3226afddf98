using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>Static pages: the list, create and edit (title, path, Markdown body, published).</summary>
internal static class AdminPagesEndpoints
{
    public static RouteGroupBuilder MapAdminPages(this RouteGroupBuilder admin)
    {
        admin.MapGet("/pages", ListAsync);
        admin.MapGet("/pages/new", (AdminRequest r) => Form(r, null, new PageDraft(string.Empty), AdminFields.NoErrors));
        admin.MapPost("/pages/new", (HttpContext http, AdminRequest r, PageService pages, CancellationToken ct) => SaveAsync(null, http, r, pages, ct));
        admin.MapGet("/pages/{id:int}", async (int id, AdminRequest r, AdminReader reader, CancellationToken ct) =>
            await reader.PageAsync(id, ct) is { } page ? Form(r, page, new PageDraft(page.Title, page.Path, page.BodyMarkdown, page.Published), AdminFields.NoErrors) : AdminLayout.NotFound(r));
        admin.MapPost("/pages/{id:int}", async (int id, HttpContext http, AdminRequest r, AdminReader reader, PageService pages, CancellationToken ct) =>
            await reader.PageAsync(id, ct) is null ? AdminLayout.NotFound(r) : await SaveAsync(id, http, r, pages, ct));
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, AdminReader reader, string? done, CancellationToken ct) =>
        AdminView.Page<PagesPage>(new { Pages = await reader.PagesAsync(ct), Message = done == "saved" ? r.T("done.save") : null });

    private static IResult Form(AdminRequest r, PageRecord? page, PageDraft input, IReadOnlyDictionary<string, string[]> errors, int status = StatusCodes.Status200OK) =>
        AdminView.Page<PageFormPage>(new { Page = page, Input = input, Errors = errors }, status);

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
