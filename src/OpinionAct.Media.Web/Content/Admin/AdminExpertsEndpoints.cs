using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>Experts: the list, create and edit (name, slug, job title, credentials, Markdown bio, photo, links).</summary>
internal static class AdminExpertsEndpoints
{
    public static RouteGroupBuilder MapAdminExperts(this RouteGroupBuilder admin)
    {
        admin.MapGet("/experts", ListAsync);
        admin.MapGet("/experts/new", (AdminRequest r) => Form(r, null, new ExpertDraft { Name = string.Empty }, AdminFields.NoErrors));
        admin.MapPost("/experts/new", (HttpContext http, AdminRequest r, ExpertService experts, CancellationToken ct) => SaveAsync(null, http, r, experts, ct));
        admin.MapGet("/experts/{id:int}", async (int id, AdminRequest r, AdminReader reader, CancellationToken ct) =>
            await reader.ExpertAsync(id, ct) is { } expert ? Form(r, expert, ExpertService.ToDraft(expert), AdminFields.NoErrors) : AdminLayout.NotFound(r));
        admin.MapPost("/experts/{id:int}", async (int id, HttpContext http, AdminRequest r, AdminReader reader, ExpertService experts, CancellationToken ct) =>
            await reader.ExpertAsync(id, ct) is null ? AdminLayout.NotFound(r) : await SaveAsync(id, http, r, experts, ct));
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, AdminReader reader, string? done, CancellationToken ct) =>
        AdminView.Page<ExpertsPage>(new { Experts = await reader.ExpertsAsync(ct), Message = done == "saved" ? r.T("done.save") : null });

    private static IResult Form(AdminRequest r, ExpertRecord? expert, ExpertDraft input, IReadOnlyDictionary<string, string[]> errors, int status = StatusCodes.Status200OK) =>
        AdminView.Page<ExpertFormPage>(new { Expert = expert, Input = input, Errors = errors }, status);

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
            Affiliation = AdminTopicsEndpoints.NullIfEmpty(form.Text("Affiliation")),
            ConflictsOfInterest = AdminTopicsEndpoints.NullIfEmpty(form.Text("ConflictsOfInterest")),
            Verified = ExpertVerification.Fields.Where(f => form.Bool($"Verified.{f}")).ToList(),
        };

        try
        {
            await experts.SaveAsync(id, draft, r.Actor!, ct, verifier: r.UserEmail);
            return AdminLayout.Redirect(r, "/experts?done=saved");
        }
        catch (ContentValidationException ex)
        {
            var current = id is null ? null : new ExpertRecord { Id = id.Value, Slug = draft.Slug ?? string.Empty, Name = draft.Name };
            return Form(r, current, draft, ex.Errors, StatusCodes.Status422UnprocessableEntity);
        }
    }
}
