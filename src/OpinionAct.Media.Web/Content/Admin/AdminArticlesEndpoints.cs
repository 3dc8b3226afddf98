using System.Globalization;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Site;

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
        admin.MapPost("/articles/preview", ThemedPreviewAsync);
        admin.MapPost("/articles/{id:int}/autosave", AutosaveAsync);
        admin.MapGet("/assets/article-editor.js", ArticleEditorAssets.Serve);
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

    private static async Task<IResult> EditAsync(int id, string? done, AdminRequest r, AdminReader reader, ArticleService articles, MarkdownRenderer markdown, SitePages site, CancellationToken ct)
    {
        var article = await articles.LoadAsync(id, ct);
        var input = ArticleFormInput.From(ArticleService.ToDraft(article), r, article.ScheduledUtc, article.RevisionNumber);
        var message = done is not null && Outcomes.Contains(done) ? r.T($"done.{done}") : null;

        // The frame opens on the article as it stands, for readers of a read-only form and browsers without script alike.
        var (preview, _) = await ThemedHtmlAsync(r, reader, markdown, site, article, input, ct);
        return await FormAsync(r, reader, article, input, AdminFields.NoErrors, preview, message, StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, AdminRequest r, AdminReader reader, ArticleService articles, MarkdownRenderer markdown, SitePages site, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var input = ArticleFormInput.Read(form);
        var action = form.Text("action");
        var actor = r.Actor!;
        if (await FormOnlyAsync(r, reader, markdown, site, null, input, action, ct) is { } shown)
        {
            return shown;
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

    private static async Task<IResult> UpdateAsync(int id, HttpContext http, AdminRequest r, AdminReader reader, ArticleService articles, MarkdownRenderer markdown, SitePages site, CancellationToken ct)
    {
        var article = await articles.LoadAsync(id, ct);
        var form = await AdminForm.ReadAsync(http);
        var input = ArticleFormInput.Read(form);
        var action = form.Text("action");
        var actor = r.Actor!;
        if (await FormOnlyAsync(r, reader, markdown, site, article, input, action, ct) is { } shown)
        {
            return shown;
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
                await articles.SaveAsync(id, draft, actor, ct, baseRevision: BaseRevision(input, article));
            }
        }
        catch (ContentValidationException ex)
        {
            return await FormAsync(r, reader, article, input, ex.Errors, null, null, StatusCodes.Status422UnprocessableEntity, ct);
        }
        catch (ContentConflictException ex)
        {
            // Nothing was saved: the form comes back as typed, with who changed the article and the choice to overwrite.
            var conflict = await ConflictAsync(r, reader, articles, id, ex, ct);
            return await FormAsync(r, reader, article, input, AdminFields.NoErrors, null, null, StatusCodes.Status409Conflict, ct, conflict);
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

    /// <summary>
    /// The live preview: the whole unsaved article (title, dek, byline, body, sources, corrections) through the hub's
    /// theme, for the editor's sandboxed frame. It reads and renders only: no save, no revision, no cache entry, no
    /// analytics (the tracker is left out), and crawlers are told not to index it.
    /// </summary>
    private static async Task<IResult> ThemedPreviewAsync(HttpContext http, AdminRequest r, AdminReader reader, ArticleService articles, MarkdownRenderer markdown, SitePages site, CancellationToken ct)
    {
        if (!r.Actor!.CanWrite)
        {
            throw new ContentAccessDeniedException("Only Authors, Editors and Admins write articles.");
        }

        var form = await AdminForm.ReadAsync(http);
        var input = ArticleFormInput.Read(form);
        if (input.Body.Length > 1_000_000)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var saved = int.TryParse(form.Text("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? await articles.LoadAsync(id, ct) : null;
        var (html, words) = await ThemedHtmlAsync(r, reader, markdown, site, saved, input, ct);
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Media-Words"] = words.ToString(CultureInfo.InvariantCulture);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>
    /// Autosave, for drafts only: a published, scheduled or archived article is never changed behind the editor's
    /// back (their typing stays in the form, and the page warns before leaving it). It honours the conflict check
    /// (no overwrite here) and answers JSON: the new revision, or why nothing was saved.
    /// </summary>
    private static async Task<IResult> AutosaveAsync(int id, HttpContext http, AdminRequest r, ArticleService articles, CancellationToken ct)
    {
        var article = await articles.LoadAsync(id, ct);
        var actor = r.Actor!;
        if ((ArticleStatus)article.Status != ArticleStatus.Draft || !actor.CanEdit(article.OwnerUserId, ArticleStatus.Draft))
        {
            return Results.Json(new { saved = false, reason = "not-a-draft", message = r.T("autosave.off") }, statusCode: StatusCodes.Status403Forbidden);
        }

        var input = ArticleFormInput.Read(await AdminForm.ReadAsync(http));
        if (input.BaseRevision is null)
        {
            return Results.Json(new { saved = false, reason = "no-base", message = r.T("autosave.failed") }, statusCode: StatusCodes.Status400BadRequest);
        }

        var draft = input.ToDraft(r);
        if (SameContent(draft, ArticleService.ToDraft(article)) && input.BaseRevision == article.RevisionNumber)
        {
            return Results.Json(new { saved = false, reason = "unchanged", revision = article.RevisionNumber, message = r.T("autosave.unchanged") });
        }

        try
        {
            var saved = await articles.SaveAsync(id, draft, actor, ct, "autosaved", baseRevision: input.BaseRevision);
            return Results.Json(new { saved = true, revision = saved.RevisionNumber, message = r.Text.Format("autosave.saved", r.Date(saved.UpdatedUtc)) });
        }
        catch (ContentValidationException)
        {
            return Results.Json(new { saved = false, reason = "invalid", message = r.T("autosave.invalid") }, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        catch (ContentConflictException ex)
        {
            return Results.Json(new { saved = false, reason = "conflict", revision = ex.CurrentRevision, message = r.T("autosave.conflict") }, statusCode: StatusCodes.Status409Conflict);
        }
    }

    /// <summary>
    /// The buttons that only show the form again, without saving: Preview (the themed preview in a frame, for
    /// browsers without script) and the rows' Add buttons. Null for the buttons that save.
    /// </summary>
    private static async Task<IResult?> FormOnlyAsync(AdminRequest r, AdminReader reader, MarkdownRenderer markdown, SitePages site, ArticleRecord? article, ArticleFormInput input, string action, CancellationToken ct)
    {
        switch (action)
        {
            case "preview":
                var (html, _) = await ThemedHtmlAsync(r, reader, markdown, site, article, input, ct);
                return await FormAsync(r, reader, article, input, AdminFields.NoErrors, html, null, StatusCodes.Status200OK, ct);
            case "add_source":
                input.BlankSourceRows = Math.Min(input.BlankSourceRows + 1, AdminForm.MaxRows - input.Sources.Count);
                return await FormAsync(r, reader, article, input, AdminFields.NoErrors, null, null, StatusCodes.Status200OK, ct);
            case "add_correction":
                input.BlankCorrectionRows = Math.Min(input.BlankCorrectionRows + 1, AdminForm.MaxRows - input.Corrections.Count);
                return await FormAsync(r, reader, article, input, AdminFields.NoErrors, null, null, StatusCodes.Status200OK, ct);
            case "add_claim_review":
                input.BlankClaimReviewRows = Math.Min(input.BlankClaimReviewRows + 1, AdminForm.MaxRows - input.ClaimReviews.Count);
                return await FormAsync(r, reader, article, input, AdminFields.NoErrors, null, null, StatusCodes.Status200OK, ct);
            default:
                return null;
        }
    }

    /// <summary>The themed page of the unsaved article, and its word count as a save would store it.</summary>
    private static async Task<(string Html, int Words)> ThemedHtmlAsync(AdminRequest r, AdminReader reader, MarkdownRenderer markdown, SitePages site, ArticleRecord? article, ArticleFormInput input, CancellationToken ct)
    {
        var unsaved = UnsavedArticle.From(input, article, r, markdown, await reader.TopicsAsync(ct), await reader.ExpertsAsync(ct));
        return (await site.ArticlePreviewAsync(unsaved, ct), unsaved.WordCount);
    }

    /// <summary>The revision the save must start from: none when the editor chose to overwrite the article's current revision.</summary>
    private static int? BaseRevision(ArticleFormInput input, ArticleRecord article) =>
        input.Overwrite is { } overwrite && overwrite == article.RevisionNumber ? null : input.BaseRevision;

    private static async Task<ArticleConflict> ConflictAsync(AdminRequest r, AdminReader reader, ArticleService articles, int id, ContentConflictException ex, CancellationToken ct)
    {
        var latest = (await articles.RevisionsAsync(id, ct)).FirstOrDefault(v => v.Number == ex.CurrentRevision);
        string? by = latest?.ActorName;
        if (latest?.UserId is { } userId)
        {
            var names = await reader.UserNamesAsync([userId], ct);
            by = names.GetValueOrDefault(userId, userId);
        }

        return new ArticleConflict(ex.BaseRevision, ex.CurrentRevision, by, latest?.CreatedUtc ?? r.Now.UtcDateTime);
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
        AdminRequest r, AdminReader reader, ArticleRecord? article, ArticleFormInput input, IReadOnlyDictionary<string, string[]> errors, string? preview, string? message, int status, CancellationToken ct,
        ArticleConflict? conflict = null)
    {
        var topics = await reader.TopicsAsync(ct);
        var experts = await reader.ExpertsAsync(ct);
        return AdminView.Page<ArticleFormPage>(
            new { Article = article, Input = input, Errors = errors, Topics = topics, Experts = experts, PreviewHtml = preview, Message = message, Conflict = conflict }, status);
    }
}
