using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>Topics: the tree, create and edit (name, slug, description, parent, image), and delete when unused.</summary>
internal static class AdminTopicsEndpoints
{
    public static RouteGroupBuilder MapAdminTopics(this RouteGroupBuilder admin)
    {
        admin.MapGet("/topics", (AdminRequest r, AdminReader reader, string? done, CancellationToken ct) =>
            ListAsync(r, reader, done == "deleted" ? r.T("done.deleted") : done == "saved" ? r.T("done.save") : null, null, ct));
        admin.MapGet("/topics/new", async (AdminRequest r, AdminReader reader, CancellationToken ct) =>
            Form(r, null, new TopicDraft(string.Empty), await reader.TopicsAsync(ct), AdminFields.NoErrors));
        admin.MapPost("/topics/new", (HttpContext http, AdminRequest r, AdminReader reader, TopicService topics, CancellationToken ct) =>
            SaveAsync(null, http, r, reader, topics, ct));
        admin.MapGet("/topics/{id:int}", async (int id, AdminRequest r, AdminReader reader, CancellationToken ct) =>
        {
            var all = await reader.TopicsAsync(ct);
            var topic = all.FirstOrDefault(t => t.Id == id);
            return topic is null
                ? AdminLayout.NotFound(r)
                : Form(r, topic, new TopicDraft(topic.Name, topic.Slug, topic.Description, all.FirstOrDefault(p => p.Id == topic.ParentId)?.Slug, topic.Image), all, AdminFields.NoErrors);
        });
        admin.MapPost("/topics/{id:int}", (int id, HttpContext http, AdminRequest r, AdminReader reader, TopicService topics, CancellationToken ct) =>
            SaveAsync(id, http, r, reader, topics, ct));
        admin.MapPost("/topics/{id:int}/delete", DeleteAsync);
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, AdminReader reader, string? message, string? error, CancellationToken ct, int status = StatusCodes.Status200OK) =>
        AdminView.Page<TopicsPage>(new { Topics = await reader.TopicsAsync(ct), Message = message, Error = error }, status);

    private static IResult Form(AdminRequest r, TopicRecord? topic, TopicDraft input, IReadOnlyList<TopicRecord> all, IReadOnlyDictionary<string, string[]> errors, int status = StatusCodes.Status200OK) =>
        AdminView.Page<TopicFormPage>(new { Topic = topic, Input = input, All = all, Errors = errors }, status);

    private static async Task<IResult> SaveAsync(int? id, HttpContext http, AdminRequest r, AdminReader reader, TopicService topics, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var draft = new TopicDraft(form.Text("Name"), NullIfEmpty(form.Text("Slug")), NullIfEmpty(form.Text("Description")), NullIfEmpty(form.Text("Parent")), form.Text("Image"));
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
