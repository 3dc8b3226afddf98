using System.Globalization;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>Articles: the filtered list, the editor (create, save, preview) and the publishing workflow.</summary>
internal static class AdminArticlesEndpoints
{
    private static readonly HashSet<string> Outcomes = new(StringComparer.Ordinal) { "created", "save", "publish", "schedule", "unpublish", "archive", "restored" };

    public static RouteGroupBuilder MapAdminArticles(this RouteGroupBuilder admin)
    {
        admin.MapGet("/articles", ListAsync);
        admin.MapGet("/articles/new", NewAsync);
        admin.MapPost("/articles/new", CreateAsync);
        admin.MapGet("/articles/{id:int}", EditAsync);
        admin.MapPost("/articles/{id:int}", UpdateAsync);
        admin.MapPost("/preview", PreviewAsync);
        return admin;
    }

    private static async Task<IResult> ListAsync(AdminRequest r, AdminReader reader, string? status, string? topic, string? expert, string? q, string? mine, string? page, CancellationToken ct)
    {
        var filter = new ArticleListFilter(
            Enum.TryParse<ArticleStatus>(status, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null,
            string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(),
            string.IsNullOrWhiteSpace(expert) ? null : expert.Trim(),
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            mine == "true" ? r.Actor!.UserId : null,
            int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 100_000 ? p : 1);
        var (items, total) = await reader.ArticlesAsync(filter, ct);
        var topics = await reader.TopicsAsync(ct);
        var experts = await reader.ExpertsAsync(ct);
        var owners = await reader.UserNamesAsync(items.Select(a => a.OwnerUserId), ct);
        return AdminView.Page<ArticleListPage>(new { Filter = filter, Items = items, Total = total, Topics = topics, Experts = experts, Owners = owners });
    }

    private static async Task<IResult> NewAsync(AdminRequest r, AdminReader reader, CancellationToken ct)
    {
        var input = new ArticleFormInput { Language = r.Language };
        return await FormAsync(r, reader, null, input, AdminFields.NoErrors, null, null, StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> EditAsync(int id, string? done, AdminRequest r, AdminReader reader, ArticleService articles, CancellationToken ct)
    {
        var article = await articles.LoadAsync(id, ct);
        var input = ArticleFormInput.From(ArticleService.ToDraft(article), r, article.ScheduledUtc);
        var message = done is not null && Outcomes.Contains(done) ? r.T($"done.{done}") : null;
        return await FormAsync(r, reader, article, input, AdminFields.NoErrors, null, message, StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, AdminRequest r, AdminReader reader, ArticleService articles, MarkdownRenderer markdown, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var input = ArticleFormInput.Read(form);
        var action = form.Text("action");
        var actor = r.Actor!;
        if (action == "preview")
        {
            return await FormAsync(r, reader, null, input, AdminFields.NoErrors, markdown.Render(input.Body).Html, null, StatusCodes.Status200OK, ct);
        }

        if (action is not ("publish" or "schedule"))
        {
            action = "save";
        }

        RequireAllowed(actor, action, canEdit: actor.CanWrite);
        var (draft, scheduleAt, errors) = Check(r, input, action);
        if (errors.Count > 0)
        {
            return await FormAsync(r, reader, null, input, errors, null, null, StatusCodes.Status422UnprocessableEntity, ct);
        }

        ArticleRecord created;
        try
        {
            created = await articles.CreateAsync(draft, actor, ct);
        }
        catch (ContentValidationException ex)
        {
            return await FormAsync(r, reader, null, input, ex.Errors, null, null, StatusCodes.Status422UnprocessableEntity, ct);
        }

        if (await ApplyWorkflowAsync(r, reader, articles, created.Id, input, action, actor, scheduleAt, ct) is { } refused)
        {
            return refused;
        }

        return AdminLayout.Redirect(r, $"/articles/{created.Id}?done={(action == "save" ? "created" : action)}");
    }

    private static async Task<IResult> UpdateAsync(int id, HttpContext http, AdminRequest r, AdminReader reader, ArticleService articles, MarkdownRenderer markdown, CancellationToken ct)
    {
        var article = await articles.LoadAsync(id, ct);
        var form = await AdminForm.ReadAsync(http);
        var input = ArticleFormInput.Read(form);
        var action = form.Text("action");
        var actor = r.Actor!;
        if (action == "preview")
        {
            return await FormAsync(r, reader, article, input, AdminFields.NoErrors, markdown.Render(input.Body).Html, null, StatusCodes.Status200OK, ct);
        }

        if (action is not ("publish" or "schedule" or "unpublish" or "archive"))
        {
            action = "save";
        }

        RequireAllowed(actor, action, canEdit: actor.CanEdit(article.OwnerUserId, (ArticleStatus)article.Status));
        var (draft, scheduleAt, errors) = Check(r, input, action);
        if (errors.Count > 0)
        {
            return await FormAsync(r, reader, article, input, errors, null, null, StatusCodes.Status422UnprocessableEntity, ct);
        }

        try
        {
            // Workflow buttons save the form first unless nothing changed, so no typing is lost and no empty revision is added.
            if (action == "save" || !SameContent(draft, ArticleService.ToDraft(article)))
            {
                await articles.SaveAsync(id, draft, actor, ct);
            }
        }
        catch (ContentValidationException ex)
        {
            return await FormAsync(r, reader, article, input, ex.Errors, null, null, StatusCodes.Status422UnprocessableEntity, ct);
        }

        if (await ApplyWorkflowAsync(r, reader, articles, id, input, action, actor, scheduleAt, ct) is { } refused)
        {
            return refused;
        }

        return AdminLayout.Redirect(r, $"/articles/{id}?done={action}");
    }

    /// <summary>The live preview: the Markdown renderer's (sanitised) HTML for the posted body, as a fragment.</summary>
    private static async Task<IResult> PreviewAsync(HttpContext http, MarkdownRenderer markdown)
    {
        var form = await AdminForm.ReadAsync(http);
        var body = form.Raw("body");
        return body.Length > 1_000_000
            ? Results.StatusCode(StatusCodes.Status413PayloadTooLarge)
            : Results.Content(markdown.Render(body).Html, "text/html; charset=utf-8");
    }

    private static void RequireAllowed(ContentActor actor, string action, bool canEdit)
    {
        if (action != "save" && !actor.CanPublish)
        {
            throw new ContentAccessDeniedException("Only Editors and Admins publish, schedule, unpublish or archive.");
        }

        if (!canEdit)
        {
            throw new ContentAccessDeniedException("Authors may only edit their own drafts.");
        }
    }

    /// <summary>Form-level checks (dates, schedule time) together with the draft's own rules, so every error shows at once.</summary>
    private static (ArticleDraft Draft, DateTimeOffset? ScheduleAt, IReadOnlyDictionary<string, string[]> Errors) Check(AdminRequest r, ArticleFormInput input, string action)
    {
        var draft = input.ToDraft(r);
        var errors = ArticleValidator.Validate(draft);
        DateTimeOffset? scheduleAt = null;
        if (action == "schedule")
        {
            scheduleAt = r.ParseLocal(input.ScheduleAt);
            if (scheduleAt is null)
            {
                errors.Add("ScheduleAt", r.T("error.schedule_invalid"));
            }
            else if (scheduleAt <= r.Now)
            {
                errors.Add("ScheduleAt", r.T("error.schedule_past"));
            }
        }

        return (draft, scheduleAt, errors.ToDictionary());
    }

    /// <summary>
    /// Runs the workflow step after the save; null when it went through. A refused publication (images
    /// without alt text) shows the saved article again with the reasons, so the editor can fix them.
    /// </summary>
    private static async Task<IResult?> ApplyWorkflowAsync(
        AdminRequest r, AdminReader reader, ArticleService articles, int id, ArticleFormInput input, string action, ContentActor actor, DateTimeOffset? scheduleAt, CancellationToken ct)
    {
        try
        {
            await ApplyWorkflowAsync(articles, id, action, actor, scheduleAt, ct);
            return null;
        }
        catch (ContentValidationException ex)
        {
            var article = await articles.LoadAsync(id, ct);
            return await FormAsync(r, reader, article, input, ex.Errors, null, r.T("done.saved_not_published"), StatusCodes.Status422UnprocessableEntity, ct);
        }
    }

    private static async Task ApplyWorkflowAsync(ArticleService articles, int id, string action, ContentActor actor, DateTimeOffset? scheduleAt, CancellationToken ct)
    {
        switch (action)
        {
            case "publish":
                await articles.PublishAsync(id, actor, null, ct);
                break;
            case "schedule":
                await articles.ScheduleAsync(id, actor, scheduleAt!.Value, ct);
                break;
            case "unpublish":
                await articles.UnpublishAsync(id, actor, ct);
                break;
            case "archive":
                await articles.ArchiveAsync(id, actor, ct);
                break;
        }
    }

    private static bool SameContent(ArticleDraft posted, ArticleDraft current) =>
        string.Equals(ContentJson.Write(posted with { Path = posted.Path ?? current.Path }), ContentJson.Write(current), StringComparison.Ordinal);

    private static async Task<IResult> FormAsync(
        AdminRequest r, AdminReader reader, ArticleRecord? article, ArticleFormInput input, IReadOnlyDictionary<string, string[]> errors, string? preview, string? message, int status, CancellationToken ct)
    {
        var topics = await reader.TopicsAsync(ct);
        var experts = await reader.ExpertsAsync(ct);
        return AdminView.Page<ArticleFormPage>(
            new { Article = article, Input = input, Errors = errors, Topics = topics, Experts = experts, PreviewHtml = preview, Message = message }, status);
    }
}
