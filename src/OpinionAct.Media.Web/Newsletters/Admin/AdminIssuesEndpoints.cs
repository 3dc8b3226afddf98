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

namespace OpinionAct.Media.Web.Newsletters.Admin;

/// <summary>
/// Newsletter issues (Editors and Admins): list, write, preview, test to oneself, schedule, send now, and the
/// sending progress. Buttons that act on an editable issue save the form first, as the article editor does.
/// </summary>
internal static class AdminIssuesEndpoints
{
    public static RouteGroupBuilder MapAdminIssues(this RouteGroupBuilder admin)
    {
        admin.MapGet("/issues", ListAsync);
        admin.MapGet("/issues/new", async (AdminRequest r, TenantDbContext db, CancellationToken ct) =>
            IssueFormPage.Render(r, null, Empty(await db.Newsletters.OrderBy(n => n.Name).Select(n => n.Id).FirstOrDefaultAsync(ct)), await ChoicesAsync(db, ct), AdminHtml.NoErrors, null));
        admin.MapPost("/issues/new", (HttpContext http, AdminRequest r, TenantDbContext db, IssueService issues, CancellationToken ct) => ActAsync(null, http, r, db, issues, ct));
        admin.MapGet("/issues/{id:int}", async (int id, AdminRequest r, TenantDbContext db, IssueService issues, DeliveryStore store, string? done, CancellationToken ct) =>
        {
            var issue = await issues.FindAsync(id, ct);
            return issue is null
                ? AdminLayout.NotFound(r)
                : IssueFormPage.Render(r, issue, InputOf(r, issue), await ChoicesAsync(db, ct), AdminHtml.NoErrors, await store.ProgressAsync(id, ct), Done(r, done, http: r.Http));
        });
        admin.MapPost("/issues/{id:int}", async (int id, HttpContext http, AdminRequest r, TenantDbContext db, IssueService issues, CancellationToken ct) =>
            await issues.FindAsync(id, ct) is null ? AdminLayout.NotFound(r) : await ActAsync(id, http, r, db, issues, ct));
        admin.MapGet("/issues/{id:int}/preview", PreviewAsync);
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, TenantDbContext db, IssueService issues, string? done, CancellationToken ct)
    {
        var t = r.Text;
        var list = await issues.ListAsync(ct);
        var sent = await db.IssueDeliveries.Where(d => d.State == DeliveryState.Sent).GroupBy(d => d.IssueId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = new StringBuilder();
        foreach (var issue in list)
        {
            var when = issue.CompletedUtc ?? issue.QueuedUtc ?? issue.ScheduledUtc ?? issue.UpdatedUtc;
            var recipients = issue.Status is IssueStatus.Sending or IssueStatus.Sent ? $"{sent.GetValueOrDefault(issue.Id).ToString("N0", r.Culture)} / {issue.RecipientCount.ToString("N0", r.Culture)}" : string.Empty;
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{E(r.AdminBase)}/issues/{issue.Id}\">{E(issue.Subject)}</a></td><td>{E(issue.Newsletter?.Name)}</td><td><span class=\"status status-{issue.Status}\">{E(t[$"issues.status.{issue.Status}"])}</span></td><td>{E(recipients)}</td><td>{E(r.Date(when))}</td></tr>\n");
        }

        var hasNewsletter = await db.Newsletters.AnyAsync(ct);
        var table = list.Count == 0 ? $"<p>{E(t["issues.none"])}</p>" : $"""
            <table>
            <caption class="visually-hidden">{E(t["issues.title"])}</caption>
            <thead><tr><th scope="col">{E(t["field.Subject"])}</th><th scope="col">{E(t["issues.col.newsletter"])}</th><th scope="col">{E(t["col.status"])}</th><th scope="col">{E(t["issues.col.recipients"])}</th><th scope="col">{E(t["col.date"])}</th></tr></thead>
            <tbody>
            {rows}
            </tbody>
            </table>
            """;
        var body = $"""
            <h1>{E(t["issues.title"])}</h1>
            {AdminHtml.Notice(done == "deleted" ? t["done.deleted"] : null)}
            {(hasNewsletter ? $"<p><a class=\"button\" href=\"{E(r.AdminBase)}/issues/new\">{E(t["issues.new"])}</a></p>" : $"<p>{E(t["issues.no_newsletter"])}</p>")}
            {table}
            """;
        return AdminLayout.Page(r, t["issues.title"], body, section: "issues");
    }

    /// <summary>The email's HTML as recipients get it; a sandboxed page (no script, no same-origin rights).</summary>
    private static async Task<IResult> PreviewAsync(int id, AdminRequest r, IssueService issues, CancellationToken ct)
    {
        var issue = await issues.FindAsync(id, ct);
        if (issue is null)
        {
            return AdminLayout.NotFound(r);
        }

        var email = await issues.RenderAsync(issue, ct);
        r.Http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox allow-popups allow-popups-to-escape-sandbox";
        return Results.Content(email.Html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> ActAsync(int? id, HttpContext http, AdminRequest r, TenantDbContext db, IssueService issues, CancellationToken ct)
    {
        var t = r.Text;
        var form = await AdminForm.ReadAsync(http);
        var action = form.Text("action");
        var input = new IssueFormPage.Input(form.Text("IssueNewsletter"), form.Text("Subject"), form.Text("Preheader"), form.Raw("Markdown"), form.Values("Articles"), form.Text("SendAt"));
        var issue = id is null ? null : await issues.FindAsync(id.Value, ct);
        var editable = issue is null || issue.Status is IssueStatus.Draft or IssueStatus.Scheduled;
        try
        {
            if (editable && action != "delete" && action != "unschedule")
            {
                issue = await issues.SaveAsync(id, Draft(input), ct);
                id = issue.Id;
            }

            switch (action)
            {
                case "preview":
                    return AdminLayout.Redirect(r, $"/issues/{id}/preview");
                case "test" when r.UserEmail is null:
                    return await FormAsync(r, db, issues, id, input, AdminHtml.NoErrors, alert: t["issues.error.noemail"], ct: ct);
                case "test":
                    await issues.SendTestAsync(id!.Value, r.UserEmail, ct);
                    return AdminLayout.Redirect(r, $"/issues/{id}?done=test");
                case "schedule" when editable:
                    var at = r.ParseLocal(input.SendAt)
                        ?? throw new ContentValidationException(new Dictionary<string, string[]> { ["SendAt"] = ["Give a date and time that exists in the site's time zone."] });
                    await issues.ScheduleAsync(id!.Value, at, ct);
                    return AdminLayout.Redirect(r, $"/issues/{id}?done=schedule");
                case "unschedule" when editable && id is not null:
                    await issues.UnscheduleAsync(id.Value, ct);
                    return AdminLayout.Redirect(r, $"/issues/{id}?done=unscheduled");
                case "send" when editable:
                    var count = await issues.QueueAsync(id!.Value, ct);
                    return AdminLayout.Redirect(r, $"/issues/{id}?done=queued&count={count}");
                case "delete" when editable && id is not null:
                    await issues.DeleteAsync(id.Value, ct);
                    return AdminLayout.Redirect(r, "/issues?done=deleted");
                case "save" when editable:
                    return AdminLayout.Redirect(r, $"/issues/{id}?done=saved");
                default:
                    return await FormAsync(r, db, issues, id, input, AdminHtml.NoErrors, alert: t["issues.readonly"], status: StatusCodes.Status409Conflict, ct: ct);
            }
        }
        catch (ContentValidationException ex)
        {
            return await FormAsync(r, db, issues, id, input, ex.Errors, status: StatusCodes.Status422UnprocessableEntity, ct: ct);
        }
        catch (MediaValidationException ex)
        {
            return await FormAsync(r, db, issues, id, input, AdminHtml.NoErrors, alert: ex.Message, status: StatusCodes.Status409Conflict, ct: ct);
        }
        catch (MailDeliveryException ex)
        {
            return await FormAsync(r, db, issues, id, input, AdminHtml.NoErrors, alert: t.Format("issues.error.test", ex.Message), status: StatusCodes.Status502BadGateway, ct: ct);
        }
    }

    /// <summary>The page again, with what was typed (an editable issue) or its stored state.</summary>
    private static async Task<IResult> FormAsync(AdminRequest r, TenantDbContext db, IssueService issues, int? id, IssueFormPage.Input input,
        IReadOnlyDictionary<string, string[]> errors, string? alert = null, int status = StatusCodes.Status200OK, CancellationToken ct = default)
    {
        var issue = id is null ? null : await issues.FindAsync(id.Value, ct);
        var progress = issue is null ? null : await r.Http.RequestServices.GetRequiredService<DeliveryStore>().ProgressAsync(issue.Id, ct);
        return IssueFormPage.Render(r, issue, input, await ChoicesAsync(db, ct), errors, progress, alert: alert, status: status);
    }

    private static IssueDraft Draft(IssueFormPage.Input input) => new(
        int.TryParse(input.Newsletter, NumberStyles.None, CultureInfo.InvariantCulture, out var newsletter) ? newsletter : 0,
        input.Subject,
        input.Preheader,
        input.Markdown,
        input.Articles.Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).ToList());

    private static IssueFormPage.Input Empty(int newsletter) =>
        new(newsletter == 0 ? string.Empty : newsletter.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty, string.Empty, [], string.Empty);

    private static IssueFormPage.Input InputOf(AdminRequest r, NewsletterIssueRecord issue) => new(
        issue.NewsletterId.ToString(CultureInfo.InvariantCulture),
        issue.Subject,
        issue.Preheader ?? string.Empty,
        issue.BodyMarkdown,
        IssueComposer.ArticleIds(issue.ArticleIdsJson).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList(),
        r.LocalInput(issue.ScheduledUtc));

    private static async Task<IssueFormPage.Choices> ChoicesAsync(TenantDbContext db, CancellationToken ct)
    {
        var newsletters = await db.Newsletters.AsNoTracking().OrderBy(n => n.Name).Select(n => new { n.Id, n.Name }).ToListAsync(ct);
        var articles = await db.Articles.AsNoTracking().Where(a => a.Status == (int)ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedUtc).Take(50).Select(a => new { a.Id, a.Title }).ToListAsync(ct);
        return new IssueFormPage.Choices(
            newsletters.Select(n => (n.Id.ToString(CultureInfo.InvariantCulture), n.Name)).ToList(),
            articles.Select(a => (a.Id.ToString(CultureInfo.InvariantCulture), a.Title)).ToList());
    }

    private static string? Done(AdminRequest r, string? done, HttpContext http) => done switch
    {
        "saved" => r.T("done.save"),
        "schedule" => r.T("done.schedule"),
        "unscheduled" => r.T("issues.done.unscheduled"),
        "test" => r.Text.Format("issues.done.test", r.UserEmail),
        "queued" => r.Text.Format("issues.done.queued", http.Request.Query["count"].ToString()),
        _ => null,
    };
}
