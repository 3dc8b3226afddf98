using System.Globalization;
using System.Text;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Content;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>Experts: the list, create and edit (name, slug, job title, credentials, Markdown bio, photo, links).</summary>
internal static class AdminExpertsEndpoints
{
    private const int EmptyLinkRows = 2;

    public static RouteGroupBuilder MapAdminExperts(this RouteGroupBuilder admin)
    {
        admin.MapGet("/experts", ListAsync);
        admin.MapGet("/experts/new", (AdminRequest r) => Form(r, null, new ExpertDraft { Name = string.Empty }, AdminHtml.NoErrors));
        admin.MapPost("/experts/new", (HttpContext http, AdminRequest r, ExpertService experts, CancellationToken ct) => SaveAsync(null, http, r, experts, ct));
        admin.MapGet("/experts/{id:int}", async (int id, AdminRequest r, AdminReader reader, CancellationToken ct) =>
            await reader.ExpertAsync(id, ct) is { } expert ? Form(r, expert, ExpertService.ToDraft(expert), AdminHtml.NoErrors) : AdminLayout.NotFound(r));
        admin.MapPost("/experts/{id:int}", async (int id, HttpContext http, AdminRequest r, AdminReader reader, ExpertService experts, CancellationToken ct) =>
            await reader.ExpertAsync(id, ct) is null ? AdminLayout.NotFound(r) : await SaveAsync(id, http, r, experts, ct));
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, AdminReader reader, string? done, CancellationToken ct)
    {
        var t = r.Text;
        var experts = await reader.ExpertsAsync(ct);
        var rows = new StringBuilder();
        foreach (var expert in experts)
        {
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{E(r.AdminBase)}/experts/{expert.Id}\">{E(expert.Name)}</a></td><td>{E(expert.JobTitle)}</td><td>{E(expert.Slug)}</td></tr>\n");
        }

        var table = experts.Count == 0 ? $"<p>{E(t["experts.none"])}</p>" : $"""
            <table>
            <caption class="visually-hidden">{E(t["nav.experts"])}</caption>
            <thead><tr><th scope="col">{E(t["field.Name"])}</th><th scope="col">{E(t["field.JobTitle"])}</th><th scope="col">{E(t["field.Slug"])}</th></tr></thead>
            <tbody>
            {rows}
            </tbody>
            </table>
            """;
        var body = $"""
            <h1>{E(t["nav.experts"])}</h1>
            {AdminHtml.Notice(done == "saved" ? t["done.save"] : null)}
            <p><a class="button" href="{E(r.AdminBase)}/experts/new">{E(t["expert.new"])}</a></p>
            {table}
            """;
        return AdminLayout.Page(r, t["nav.experts"], body, section: "experts");
    }

    private static IResult Form(AdminRequest r, ExpertRecord? expert, ExpertDraft input, IReadOnlyDictionary<string, string[]> errors, int status = StatusCodes.Status200OK)
    {
        var t = r.Text;
        var title = expert is null ? t["expert.new"] : t.Format("expert.edit", expert.Name);
        var links = new StringBuilder();
        var rows = input.Links.Concat(Enumerable.Range(0, EmptyLinkRows).Select(_ => new LinkView(string.Empty, string.Empty))).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            links.Append(CultureInfo.InvariantCulture, $"""
                <fieldset>
                <legend>{E(t["field.Links.row"])} {i + 1}</legend>
                <div class="row">
                {AdminHtml.Input(t, $"Links[{i}].Label", rows[i].Label, errors, label: t["field.Links.Label"])}
                {AdminHtml.Input(t, $"Links[{i}].Url", rows[i].Url, errors, type: "url", label: t["field.Links.Url"])}
                </div>
                </fieldset>
                """);
        }

        var body = $"""
            <h1>{E(title)}</h1>
            <p><a href="{E(r.AdminBase)}/experts">{E(t["nav.experts"])}</a></p>
            {AdminHtml.Summary(t, errors)}
            <form method="post" action="{E(r.AdminBase)}/experts/{(expert is null ? "new" : expert.Id.ToString(CultureInfo.InvariantCulture))}" novalidate>
            {r.TokenField()}
            {AdminHtml.Input(t, "Name", input.Name, errors, attributes: "required maxlength=\"200\"")}
            {AdminHtml.Input(t, "Slug", input.Slug, errors, hint: t["hint.slug"], attributes: "maxlength=\"80\"")}
            {AdminHtml.Input(t, "JobTitle", input.JobTitle, errors, attributes: "maxlength=\"300\"")}
            {AdminHtml.Input(t, "Credentials", input.Credentials, errors, attributes: "maxlength=\"500\"")}
            {AdminHtml.TextArea(t, "Bio", input.Bio, errors, rows: 8, hint: t["hint.markdown"], attributes: "class=\"code\"")}
            {AdminHtml.Input(t, "PhotoUrl", input.PhotoUrl, errors, type: "url", hint: t["hint.cover"])}
            <fieldset><legend>{E(t["field.Links"])}</legend>{links}</fieldset>
            <div class="actions"><button type="submit">{E(t["action.save_plain"])}</button></div>
            </form>
            """;
        return AdminLayout.Page(r, title, body, status, "experts");
    }

    private static async Task<IResult> SaveAsync(int? id, HttpContext http, AdminRequest r, ExpertService experts, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var draft = new ExpertDraft
        {
            Name = form.Text("Name"),
            Slug = AdminTopicsEndpoints.NullIfEmpty(form.Text("Slug")),
            JobTitle = AdminTopicsEndpoints.NullIfEmpty(form.Text("JobTitle")),
            Credentials = AdminTopicsEndpoints.NullIfEmpty(form.Text("Credentials")),
            Bio = form.Raw("Bio"),
            PhotoUrl = AdminTopicsEndpoints.NullIfEmpty(form.Text("PhotoUrl")),
            Links = form.Rows("Links", "Label", "Url").Select(row => new LinkView(row[0], row[1])).ToList(),
        };

        try
        {
            await experts.SaveAsync(id, draft, r.Actor!, ct);
            return AdminLayout.Redirect(r, "/experts?done=saved");
        }
        catch (ContentValidationException ex)
        {
            var current = id is null ? null : new ExpertRecord { Id = id.Value, Slug = draft.Slug ?? string.Empty, Name = draft.Name };
            return Form(r, current, draft, ex.Errors, StatusCodes.Status422UnprocessableEntity);
        }
    }
}
