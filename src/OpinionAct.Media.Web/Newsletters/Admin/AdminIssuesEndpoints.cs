using System.Globalization;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Newsletters;
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
        admin.MapGet("/issues/new", async (AdminRequest r, IssueService issues, CancellationToken ct) =>
        {
            var choices = await issues.ChoicesAsync(ct);
            return Page(null, Empty(choices.Newsletters.Count == 0 ? 0 : choices.Newsletters[0].Id), choices, AdminFields.NoErrors, null);
        });
        admin.MapPost("/issues/new", (HttpContext http, AdminRequest r, IssueService issues, DeliveryStore store, CancellationToken ct) => ActAsync(null, http, r, issues, store, ct));
        admin.MapGet("/issues/{id:int}", async (int id, AdminRequest r, IssueService issues, DeliveryStore store, string? done, CancellationToken ct) =>
        {
            var issue = await issues.FindAsync(id, ct);
            return issue is null
                ? AdminLayout.NotFound(r)
                : Page(issue, InputOf(r, issue), await issues.ChoicesAsync(ct), AdminFields.NoErrors, await store.ProgressAsync(id, ct), Done(r, done, http: r.Http));
        });
        admin.MapPost("/issues/{id:int}", async (int id, HttpContext http, AdminRequest r, IssueService issues, DeliveryStore store, CancellationToken ct) =>
            await issues.FindAsync(id, ct) is null ? AdminLayout.NotFound(r) : await ActAsync(id, http, r, issues, store, ct));
        admin.MapGet("/issues/{id:int}/preview", PreviewAsync);
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, IssueService issues, NewsletterService newsletters, ListHygieneStore hygiene, string? done, CancellationToken ct)
    {
        var list = await issues.ListAsync(ct);
        return AdminView.Page<IssuesPage>(new
        {
            Issues = list,
            Health = await hygiene.IssueHealthAsync(list.Select(i => i.Id).ToList(), ct),
            Paused = await hygiene.IsPausedAsync(ct),
            HasNewsletter = (await newsletters.ListAsync(ct)).Count > 0,
            Message = done == "deleted" ? r.T("done.deleted") : null,
        });
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

    private static async Task<IResult> ActAsync(int? id, HttpContext http, AdminRequest r, IssueService issues, DeliveryStore store, CancellationToken ct)
    {
        var t = r.Text;
        var form = await AdminForm.ReadAsync(http);
        var action = form.Text("action");
        var input = new IssueFormInput(form.Text("IssueNewsletter"), form.Text("Subject"), form.Text("Preheader"), form.Raw("Markdown"), form.Values("Articles"), form.Text("SendAt"));
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
                    return await FormAsync(issues, store, id, input, AdminFields.NoErrors, alert: t["issues.error.noemail"], ct: ct);
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
                    return await FormAsync(issues, store, id, input, AdminFields.NoErrors, alert: t["issues.readonly"], status: StatusCodes.Status409Conflict, ct: ct);
            }
        }
        catch (ContentValidationException ex)
        {
            return await FormAsync(issues, store, id, input, ex.Errors, status: StatusCodes.Status422UnprocessableEntity, ct: ct);
        }
        catch (MediaValidationException ex)
        {
            return await FormAsync(issues, store, id, input, AdminFields.NoErrors, alert: ex.Message, status: StatusCodes.Status409Conflict, ct: ct);
        }
        catch (MailDeliveryException ex)
        {
            return await FormAsync(issues, store, id, input, AdminFields.NoErrors, alert: t.Format("issues.error.test", ex.Message), status: StatusCodes.Status502BadGateway, ct: ct);
        }
    }

    private static IResult Page(NewsletterIssueRecord? issue, IssueFormInput input, IssueChoices choices, IReadOnlyDictionary<string, string[]> errors,
        IssueProgress? progress, string? notice = null, string? alert = null, int status = StatusCodes.Status200OK) =>
        AdminView.Page<IssueFormPage>(new { Issue = issue, Input = input, Choices = choices, Errors = errors, Progress = progress, Notice = notice, Alert = alert }, status);

    /// <summary>The page again, with what was typed (an editable issue) or its stored state.</summary>
    private static async Task<IResult> FormAsync(IssueService issues, DeliveryStore store, int? id, IssueFormInput input,
        IReadOnlyDictionary<string, string[]> errors, string? alert = null, int status = StatusCodes.Status200OK, CancellationToken ct = default)
    {
        var issue = id is null ? null : await issues.FindAsync(id.Value, ct);
        var progress = issue is null ? null : await store.ProgressAsync(issue.Id, ct);
        return Page(issue, input, await issues.ChoicesAsync(ct), errors, progress, alert: alert, status: status);
    }

    private static IssueDraft Draft(IssueFormInput input) => new(
        int.TryParse(input.Newsletter, NumberStyles.None, CultureInfo.InvariantCulture, out var newsletter) ? newsletter : 0,
        input.Subject,
        input.Preheader,
        input.Markdown,
        input.Articles.Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).ToList());

    private static IssueFormInput Empty(int newsletter) =>
        new(newsletter == 0 ? string.Empty : newsletter.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty, string.Empty, [], string.Empty);

    private static IssueFormInput InputOf(AdminRequest r, NewsletterIssueRecord issue) => new(
        issue.NewsletterId.ToString(CultureInfo.InvariantCulture),
        issue.Subject,
        issue.Preheader ?? string.Empty,
        issue.BodyMarkdown,
        IssueComposer.ArticleIds(issue.ArticleIdsJson).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList(),
        r.LocalInput(issue.ScheduledUtc));

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
