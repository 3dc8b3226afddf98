using System.Globalization;
using System.Text;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Web.Content;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>Topics: the tree, create and edit (name, slug, description, parent), and delete when unused.</summary>
internal static class AdminTopicsEndpoints
{
    public static RouteGroupBuilder MapAdminTopics(this RouteGroupBuilder admin)
    {
        admin.MapGet("/topics", (AdminRequest r, AdminReader reader, string? done, CancellationToken ct) =>
            ListAsync(r, reader, done == "deleted" ? r.T("done.deleted") : done == "saved" ? r.T("done.save") : null, null, ct));
        admin.MapGet("/topics/new", async (AdminRequest r, AdminReader reader, CancellationToken ct) =>
            Form(r, null, new TopicDraft(string.Empty), await reader.TopicsAsync(ct), AdminHtml.NoErrors));
        admin.MapPost("/topics/new", (HttpContext http, AdminRequest r, AdminReader reader, TopicService topics, CancellationToken ct) =>
            SaveAsync(null, http, r, reader, topics, ct));
        admin.MapGet("/topics/{id:int}", async (int id, AdminRequest r, AdminReader reader, CancellationToken ct) =>
        {
            var all = await reader.TopicsAsync(ct);
            var topic = all.FirstOrDefault(t => t.Id == id);
            return topic is null
                ? AdminLayout.NotFound(r)
                : Form(r, topic, new TopicDraft(topic.Name, topic.Slug, topic.Description, all.FirstOrDefault(p => p.Id == topic.ParentId)?.Slug), all, AdminHtml.NoErrors);
        });
        admin.MapPost("/topics/{id:int}", (int id, HttpContext http, AdminRequest r, AdminReader reader, TopicService topics, CancellationToken ct) =>
            SaveAsync(id, http, r, reader, topics, ct));
        admin.MapPost("/topics/{id:int}/delete", DeleteAsync);
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, AdminReader reader, string? message, string? error, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        var t = r.Text;
        var topics = await reader.TopicsAsync(ct);
        var rows = new StringBuilder();
        foreach (var (slug, label) in ArticleFormPage.TopicOptions(topics))
        {
            var topic = topics.First(x => x.Slug == slug);
            var delete = AdminHtml.ButtonForm(r, $"{r.AdminBase}/topics/{topic.Id}/delete", t["action.delete"], t.Format("action.delete_named", topic.Name), css: "danger");
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{E(r.AdminBase)}/topics/{topic.Id}\">{E(label)}</a></td><td>{E(topic.Slug)}</td><td>{delete}</td></tr>\n");
        }

        var table = topics.Count == 0 ? $"<p>{E(t["topics.none"])}</p>" : $"""
            <table>
            <caption class="visually-hidden">{E(t["nav.topics"])}</caption>
            <thead><tr><th scope="col">{E(t["field.Name"])}</th><th scope="col">{E(t["field.Slug"])}</th><th scope="col">{E(t["col.action"])}</th></tr></thead>
            <tbody>
            {rows}
            </tbody>
            </table>
            """;
        var body = $"""
            <h1>{E(t["nav.topics"])}</h1>
            {AdminHtml.Notice(message)}{AdminHtml.Alert(error)}
            <p><a class="button" href="{E(r.AdminBase)}/topics/new">{E(t["topic.new"])}</a></p>
            {table}
            """;
        return AdminLayout.Page(r, t["nav.topics"], body, status, "topics");
    }

    private static IResult Form(AdminRequest r, TopicRecord? topic, TopicDraft input, IReadOnlyList<TopicRecord> all, IReadOnlyDictionary<string, string[]> errors, int status = StatusCodes.Status200OK)
    {
        var t = r.Text;
        var parents = new List<(string, string)> { (string.Empty, t["topic.no_parent"]) };
        parents.AddRange(ArticleFormPage.TopicOptions(all.Where(x => topic is null || x.Id != topic.Id).ToList()));
        var title = topic is null ? t["topic.new"] : t.Format("topic.edit", topic.Name);
        var body = $"""
            <h1>{E(title)}</h1>
            <p><a href="{E(r.AdminBase)}/topics">{E(t["nav.topics"])}</a></p>
            {AdminHtml.Summary(t, errors)}
            <form method="post" action="{E(r.AdminBase)}/topics/{(topic is null ? "new" : topic.Id.ToString(CultureInfo.InvariantCulture))}" novalidate>
            {r.TokenField()}
            {AdminHtml.Input(t, "Name", input.Name, errors, attributes: "required maxlength=\"200\"")}
            {AdminHtml.Input(t, "Slug", input.Slug, errors, hint: t["hint.slug"], attributes: "maxlength=\"80\"")}
            {AdminHtml.TextArea(t, "Description", input.Description, errors, rows: 3)}
            {AdminHtml.Select(t, "Parent", parents, input.Parent ?? string.Empty, errors)}
            <div class="actions"><button type="submit">{E(t["action.save_plain"])}</button></div>
            </form>
            """;
        return AdminLayout.Page(r, title, body, status, "topics");
    }

    private static async Task<IResult> SaveAsync(int? id, HttpContext http, AdminRequest r, AdminReader reader, TopicService topics, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var draft = new TopicDraft(form.Text("Name"), NullIfEmpty(form.Text("Slug")), NullIfEmpty(form.Text("Description")), NullIfEmpty(form.Text("Parent")));
        try
        {
            await topics.SaveAsync(id, draft, r.Actor!, ct);
            return AdminLayout.Redirect(r, "/topics?done=saved");
        }
        catch (ContentValidationException ex)
        {
            var all = await reader.TopicsAsync(ct);
            return Form(r, id is null ? null : all.FirstOrDefault(x => x.Id == id), draft, all, ex.Errors, StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<IResult> DeleteAsync(int id, AdminRequest r, AdminReader reader, TopicService topics, CancellationToken ct)
    {
        try
        {
            await topics.DeleteAsync(id, r.Actor!, ct);
            return AdminLayout.Redirect(r, "/topics?done=deleted");
        }
        catch (MediaValidationException ex)
        {
            return await ListAsync(r, reader, null, ex.Message, ct, StatusCodes.Status409Conflict);
        }
    }

    internal static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
