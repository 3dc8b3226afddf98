using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Newsletters;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Content.Admin;

namespace OpinionAct.Media.Web.Newsletters.Admin;

/// <summary>Newsletters (Editors and Admins): the list with subscriber counts, create, edit and delete.</summary>
internal static class AdminNewslettersEndpoints
{
    public static RouteGroupBuilder MapAdminNewsletters(this RouteGroupBuilder admin)
    {
        admin.MapGet("/newsletters", (AdminRequest r, NewsletterService newsletters, TenantDbContext db, string? done, CancellationToken ct) =>
            ListAsync(r, newsletters, db, done is "saved" or "deleted" ? r.T(done == "saved" ? "done.save" : "done.deleted") : null, ct));
        admin.MapGet("/newsletters/new", (AdminRequest r) => Form(r, null, new NewsletterDraft(), AdminHtml.NoErrors));
        admin.MapPost("/newsletters/new", (HttpContext http, AdminRequest r, NewsletterService newsletters, CancellationToken ct) => SaveAsync(null, http, r, newsletters, ct));
        admin.MapGet("/newsletters/{id:int}", async (int id, AdminRequest r, NewsletterService newsletters, CancellationToken ct) =>
            await newsletters.FindAsync(id, ct) is { } newsletter
                ? Form(r, newsletter, NewsletterService.ToDraft(newsletter), AdminHtml.NoErrors)
                : AdminLayout.NotFound(r));
        admin.MapPost("/newsletters/{id:int}", (int id, HttpContext http, AdminRequest r, NewsletterService newsletters, CancellationToken ct) => SaveAsync(id, http, r, newsletters, ct));
        admin.MapPost("/newsletters/{id:int}/delete", async (int id, AdminRequest r, NewsletterService newsletters, TenantDbContext db, CancellationToken ct) =>
        {
            try
            {
                await newsletters.DeleteAsync(id, r.Actor!, ct);
                return AdminLayout.Redirect(r, "/newsletters?done=deleted");
            }
            catch (MediaValidationException ex)
            {
                return await ListAsync(r, newsletters, db, null, ct, ex.Message, StatusCodes.Status409Conflict);
            }
        });
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, NewsletterService service, TenantDbContext db, string? message, CancellationToken ct, string? error = null, int status = StatusCodes.Status200OK)
    {
        var t = r.Text;
        var newsletters = await service.ListAsync(ct);
        var counts = await db.Subscriptions.AsNoTracking()
            .GroupBy(s => new { s.NewsletterId, s.State })
            .Select(g => new { g.Key.NewsletterId, g.Key.State, Count = g.Count() })
            .ToListAsync(ct);
        int Count(int id, SubscriptionState state) => counts.FirstOrDefault(c => c.NewsletterId == id && c.State == state)?.Count ?? 0;

        var rows = new StringBuilder();
        foreach (var n in newsletters)
        {
            var delete = AdminHtml.ButtonForm(r, $"{r.AdminBase}/newsletters/{n.Id}/delete", t["action.delete"], t.Format("action.delete_named", n.Name), css: "danger");
            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr><td><a href="{E(r.AdminBase)}/newsletters/{n.Id}">{E(n.Name)}</a></td><td>{E(n.Slug)}</td><td>{E(n.Cadence)}</td><td>{Count(n.Id, SubscriptionState.Confirmed)}</td><td>{Count(n.Id, SubscriptionState.Pending)}</td><td>{delete}</td></tr>

                """);
        }

        var table = newsletters.Count == 0 ? $"<p>{E(t["newsletters.none"])}</p>" : $"""
            <table>
            <caption class="visually-hidden">{E(t["nav.newsletters"])}</caption>
            <thead><tr><th scope="col">{E(t["field.Name"])}</th><th scope="col">{E(t["field.Slug"])}</th><th scope="col">{E(t["field.Cadence"])}</th><th scope="col">{E(t["newsletters.confirmed"])}</th><th scope="col">{E(t["newsletters.pending"])}</th><th scope="col">{E(t["col.action"])}</th></tr></thead>
            <tbody>
            {rows}
            </tbody>
            </table>
            """;
        var body = $"""
            <h1>{E(t["nav.newsletters"])}</h1>
            {AdminHtml.Notice(message)}{AdminHtml.Alert(error)}
            <p><a class="button" href="{E(r.AdminBase)}/newsletters/new">{E(t["newsletter.new"])}</a></p>
            {table}
            <p class="hint">{E(t["newsletters.delete_hint"])}</p>
            """;
        return AdminLayout.Page(r, t["nav.newsletters"], body, status, "newsletters");
    }

    private static IResult Form(AdminRequest r, NewsletterRecord? newsletter, NewsletterDraft input, IReadOnlyDictionary<string, string[]> errors, int status = StatusCodes.Status200OK)
    {
        var t = r.Text;
        var title = newsletter is null ? t["newsletter.new"] : t.Format("newsletter.edit", newsletter.Name);
        var body = $"""
            <h1>{E(title)}</h1>
            <p><a href="{E(r.AdminBase)}/newsletters">{E(t["nav.newsletters"])}</a></p>
            {AdminHtml.Summary(t, errors)}
            <form method="post" action="{E(r.AdminBase)}/newsletters/{(newsletter is null ? "new" : newsletter.Id.ToString(CultureInfo.InvariantCulture))}" novalidate>
            {r.TokenField()}
            <div class="row">
            {AdminHtml.Input(t, "Name", input.Name, errors, attributes: "required maxlength=\"200\"")}
            {AdminHtml.Input(t, "Slug", input.Slug, errors, hint: t["hint.slug"], attributes: "maxlength=\"100\"")}
            </div>
            {AdminHtml.TextArea(t, "Description", input.Description, errors, rows: 3, attributes: "maxlength=\"1000\"")}
            {AdminHtml.Input(t, "Cadence", input.Cadence, errors, hint: t["hint.cadence"], attributes: "maxlength=\"200\"")}
            <div class="row">
            {AdminHtml.Input(t, "SenderName", input.SenderName, errors, attributes: "required maxlength=\"200\"")}
            {AdminHtml.Input(t, "SenderAddress", input.SenderAddress, errors, type: "email", hint: t["hint.sender"], attributes: "required maxlength=\"254\" autocomplete=\"off\"")}
            {AdminHtml.Input(t, "ReplyTo", input.ReplyTo, errors, type: "email", attributes: "maxlength=\"254\" autocomplete=\"off\"")}
            </div>
            <div class="actions"><button type="submit">{E(t["action.save_plain"])}</button></div>
            </form>
            """;
        return AdminLayout.Page(r, title, body, status, "newsletters");
    }

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
