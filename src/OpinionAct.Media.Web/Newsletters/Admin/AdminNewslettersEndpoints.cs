using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Content.Admin;

namespace OpinionAct.Media.Web.Newsletters.Admin;

/// <summary>Newsletters (Editors and Admins): the list with subscriber counts, create, edit and delete.</summary>
internal static class AdminNewslettersEndpoints
{
    public static RouteGroupBuilder MapAdminNewsletters(this RouteGroupBuilder admin)
    {
        admin.MapGet("/newsletters", (AdminRequest r, NewsletterService newsletters, string? done, CancellationToken ct) =>
            ListAsync(r, newsletters, done is "saved" or "deleted" ? r.T(done == "saved" ? "done.save" : "done.deleted") : null, ct));
        admin.MapGet("/newsletters/new", (AdminRequest r) => Form(r, null, new NewsletterDraft(), AdminFields.NoErrors));
        admin.MapPost("/newsletters/new", (HttpContext http, AdminRequest r, NewsletterService newsletters, CancellationToken ct) => SaveAsync(null, http, r, newsletters, ct));
        admin.MapGet("/newsletters/{id:int}", async (int id, AdminRequest r, NewsletterService newsletters, CancellationToken ct) =>
            await newsletters.FindAsync(id, ct) is { } newsletter
                ? Form(r, newsletter, NewsletterService.ToDraft(newsletter), AdminFields.NoErrors)
                : AdminLayout.NotFound(r));
        admin.MapPost("/newsletters/{id:int}", (int id, HttpContext http, AdminRequest r, NewsletterService newsletters, CancellationToken ct) => SaveAsync(id, http, r, newsletters, ct));
        admin.MapPost("/newsletters/{id:int}/delete", async (int id, AdminRequest r, NewsletterService newsletters, CancellationToken ct) =>
        {
            try
            {
                await newsletters.DeleteAsync(id, r.Actor!, ct);
                return AdminLayout.Redirect(r, "/newsletters?done=deleted");
            }
            catch (MediaValidationException ex)
            {
                return await ListAsync(r, newsletters, null, ct, ex.Message, StatusCodes.Status409Conflict);
            }
        });
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, NewsletterService service, string? message, CancellationToken ct, string? error = null, int status = StatusCodes.Status200OK) =>
        AdminView.Page<NewslettersPage>(new { Newsletters = await service.ListAsync(ct), Counts = await service.SubscriptionCountsAsync(ct), Message = message, Error = error }, status);

    private static IResult Form(AdminRequest r, NewsletterRecord? newsletter, NewsletterDraft input, IReadOnlyDictionary<string, string[]> errors, int status = StatusCodes.Status200OK) =>
        AdminView.Page<NewsletterFormPage>(new { Newsletter = newsletter, Input = input, Errors = errors }, status);

    private static async Task<IResult> SaveAsync(int? id, HttpContext http, AdminRequest r, NewsletterService newsletters, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var draft = new NewsletterDraft
        {
            Name = form.Text("Name"),
            Slug = AdminTopicsEndpoints.NullIfEmpty(form.Text("Slug")),
            Description = AdminTopicsEndpoints.NullIfEmpty(form.Text("Description")),
            Cadence = AdminTopicsEndpoints.NullIfEmpty(form.Text("Cadence")),
            SenderName = form.Text("SenderName"),
            SenderAddress = form.Text("SenderAddress"),
            ReplyTo = AdminTopicsEndpoints.NullIfEmpty(form.Text("ReplyTo")),
        };
        try
        {
            await newsletters.SaveAsync(id, draft, r.Actor!, ct);
            return AdminLayout.Redirect(r, "/newsletters?done=saved");
        }
        catch (ContentValidationException ex)
        {
            var existing = id is null ? null : await newsletters.FindAsync(id.Value, ct);
            return id is not null && existing is null
                ? AdminLayout.NotFound(r)
                : Form(r, existing, draft, ex.Errors, StatusCodes.Status422UnprocessableEntity);
        }
    }
}
