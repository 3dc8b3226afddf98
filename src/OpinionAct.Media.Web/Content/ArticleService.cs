using OpinionAct.Media.Audit;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Web.Content;

/// <summary>
/// Writes articles for the current tenant: validation, topic and expert resolution, Markdown
/// rendered once per revision, a revision for every save, and the publishing workflow.
/// Every method saves in one transaction and tells the change listeners afterwards; webhook events
/// (published, updated, corrected, unpublished) are staged in the outbox before that save, so they commit with it.
/// </summary>
public sealed class ArticleService(
    ArticleStore articles,
    TopicStore topics,
    ExpertStore experts,
    PageStore pages,
    ContentUnit unit,
    TenantContext tenant,
    MarkdownRenderer markdown,
    TimeProvider clock,
    IEnumerable<IContentChangeListener> listeners,
    MediaReferences media,
    WebhookOutbox webhooks,
    AuditTrail audit,
    TenantDueIndex work)
{
    /// <summary>The field a refused schedule time is reported against, as the admin form names it.</summary>
    public const string ScheduleField = "ScheduleAt";

    /// <param name="htmlBody">A body that arrives as HTML (Orchard's HtmlBodyPart) instead of the draft's Markdown; it is sanitised.</param>
    public async Task<ArticleRecord> CreateAsync(ArticleDraft draft, ContentActor actor, CancellationToken cancellationToken, string? contentItemId = null, string? htmlBody = null)
    {
        if (!actor.CanWrite)
        {
            throw new ContentAccessDeniedException("Only Authors, Editors and Admins write articles.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var article = new ArticleRecord { Path = string.Empty, Title = string.Empty, CreatedUtc = now, OwnerUserId = actor.UserId, ContentItemId = contentItemId };
        await ApplyAsync(article, draft, cancellationToken, htmlBody);
        articles.Add(article);
        AddRevision(article, draft, actor, "created");
        await unit.SaveAsync(cancellationToken);
        return article;
    }

    /// <param name="baseRevision">
    /// The revision the editor's form was opened from: when the article has moved on since (someone else saved,
    /// published or restored), the save is refused with <see cref="ContentConflictException"/> instead of silently
    /// replacing their work. Null skips the check (recipes, restores, an explicit overwrite).
    /// </param>
    public async Task<ArticleRecord> SaveAsync(int id, ArticleDraft draft, ContentActor actor, CancellationToken cancellationToken, string note = "saved", string? htmlBody = null, int? baseRevision = null)
    {
        var article = await LoadAsync(id, cancellationToken);
        if (!actor.CanEdit(article.OwnerUserId, (ArticleStatus)article.Status))
        {
            throw new ContentAccessDeniedException("Authors may only edit their own drafts.");
        }

        if (baseRevision is { } opened && opened != article.RevisionNumber)
        {
            throw new ContentConflictException(opened, article.RevisionNumber);
        }

        var correctionsBefore = ContentJson.Corrections(article.CorrectionsJson);
        await ApplyAsync(article, draft, cancellationToken, htmlBody);
        AddRevision(article, draft, actor, note);
        if (article.Status == (int)ArticleStatus.Published)
        {
            await webhooks.StageAsync(WebhookEvents.ArticleUpdated, WebhookData.Article(article), cancellationToken);
            var added = ContentJson.Corrections(article.CorrectionsJson).Where(c => !correctionsBefore.Contains(c)).ToList();
            if (added.Count > 0)
            {
                await webhooks.StageAsync(WebhookEvents.ArticleCorrected, WebhookData.ArticleCorrected(article, added), cancellationToken);
            }
        }

        await unit.SaveAsync(cancellationToken);
        await NotifyIfPublicAsync(article, cancellationToken);
        return article;
    }

    /// <summary>Publishes now, or schedules when <paramref name="at"/> is in the future.</summary>
    public async Task<ArticleRecord> PublishAsync(int id, ContentActor actor, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        RequirePublisher(actor);
        var article = await LoadAsync(id, cancellationToken);

        // Readers who cannot see an image get its alt text; an article is not published (or scheduled) without it.
        var errors = new FieldErrors();
        await media.CheckAltTextAsync(errors, nameof(ArticleDraft.CoverAlt), nameof(ArticleDraft.Body), article.CoverImage, article.CoverAlt, article.BodyMarkdown, cancellationToken);
        errors.ThrowIfAny();

        var now = clock.GetUtcNow();
        var wasPublic = article.Status == (int)ArticleStatus.Published;
        if (at is { } when && when > now)
        {
            if (wasPublic)
            {
                // Rescheduling a public article takes it off the site until its new time.
                await StageWithRevisionAsync(WebhookEvents.ArticleUnpublished, article, cancellationToken, ArticleStatus.Scheduled);
            }

            article.Status = (int)ArticleStatus.Scheduled;
            article.ScheduledUtc = when.UtcDateTime;
            await SaveStateAsync(article, actor, $"scheduled for {when.UtcDateTime:yyyy-MM-dd HH:mm} UTC", notify: false, cancellationToken);

            // The scheduler wakes for this tenant then (on every node: the time also goes to the tenant table).
            await work.ScheduleAsync(tenant.Tenant.Name, ScheduledPublisher.JobKind, when, cancellationToken);
            return article;
        }

        MarkPublished(article, now.UtcDateTime);
        if (!wasPublic)
        {
            await StageWithRevisionAsync(WebhookEvents.ArticlePublished, article, cancellationToken);
        }

        audit.Add(AuditActions.ArticlePublished, $"article {article.Id}", article.Title);
        await SaveStateAsync(article, actor, "published", notify: true, cancellationToken);
        return article;
    }

    /// <summary>Schedules the publication at <paramref name="at"/>, which must be in the future (the admin's Schedule button, the Admin API).</summary>
    public async Task<ArticleRecord> ScheduleAsync(int id, ContentActor actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        RequirePublisher(actor);
        if (at <= clock.GetUtcNow())
        {
            throw new ContentValidationException(new Dictionary<string, string[]> { [ScheduleField] = ["must be in the future."] });
        }

        return await PublishAsync(id, actor, at, cancellationToken);
    }

    /// <summary>Deletes an article with its revisions; a published one leaves the site at once.</summary>
    public async Task DeleteAsync(int id, ContentActor actor, CancellationToken cancellationToken)
    {
        RequirePublisher(actor);
        var article = await LoadAsync(id, cancellationToken);
        if (article.Status == (int)ArticleStatus.Published)
        {
            // Readers lose it like an unpublished article; receivers hear it the same way.
            await webhooks.StageAsync(WebhookEvents.ArticleUnpublished, WebhookData.Article(article), cancellationToken);
        }

        audit.Add(AuditActions.ArticleDeleted, $"article {article.Id}", article.Title);
        articles.Remove(article);
        await unit.SaveAsync(cancellationToken);

        // Drafts too: the admin's search covers them, and its index learns of the deletion from the listeners.
        await NotifyAsync(cancellationToken);
    }

    public async Task<ArticleRecord> UnpublishAsync(int id, ContentActor actor, CancellationToken cancellationToken) =>
        await SetStatusAsync(id, ArticleStatus.Draft, actor, "unpublished", cancellationToken);

    public async Task<ArticleRecord> ArchiveAsync(int id, ContentActor actor, CancellationToken cancellationToken) =>
        await SetStatusAsync(id, ArticleStatus.Archived, actor, "archived", cancellationToken);

    /// <summary>Makes an old revision current again, as a new revision (history is never rewritten).</summary>
    public async Task<ArticleRecord> RestoreAsync(int id, int revisionNumber, ContentActor actor, CancellationToken cancellationToken)
    {
        var revision = await articles.RevisionAsync(id, revisionNumber, cancellationToken)
            ?? throw new ContentNotFoundException($"Article {id} has no revision {revisionNumber}.");
        return await SaveAsync(id, ContentJson.Draft(revision.SnapshotJson), actor, cancellationToken, $"restored revision {revisionNumber}");
    }

    public async Task<IReadOnlyList<ArticleRevisionRecord>> RevisionsAsync(int id, CancellationToken cancellationToken) =>
        await articles.RevisionsAsync(id, cancellationToken);

    public async Task<ArticleDraft> RevisionDraftAsync(int id, int revisionNumber, CancellationToken cancellationToken)
    {
        var revision = await articles.RevisionAsync(id, revisionNumber, cancellationToken)
            ?? throw new ContentNotFoundException($"Article {id} has no revision {revisionNumber}.");
        return ContentJson.Draft(revision.SnapshotJson);
    }

    /// <summary>The earliest time a scheduled article is due, or null.</summary>
    public async Task<DateTimeOffset?> NextScheduledAsync(CancellationToken cancellationToken) =>
        await articles.NextScheduledAsync(cancellationToken) is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc), TimeSpan.Zero) : null;

    /// <summary>Publishes every scheduled article whose time has come; returns how many.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await articles.DueAsync(now, cancellationToken);
        foreach (var article in due)
        {
            MarkPublished(article, article.ScheduledUtc!.Value);
            AddRevision(article, ToDraft(article), ContentActor.System, "published by the scheduler");
            await webhooks.StageAsync(WebhookEvents.ArticlePublished, WebhookData.Article(article), cancellationToken);
            audit.Add(AuditActions.ArticlePublished, $"article {article.Id}", article.Title, AuditActor.System);
        }

        if (due.Count > 0)
        {
            await unit.SaveAsync(cancellationToken);
            await NotifyAsync(cancellationToken);
        }

        return due.Count;
    }

    public async Task<ArticleRecord> LoadAsync(int id, CancellationToken cancellationToken) =>
        await articles.FindAsync(id, cancellationToken)
        ?? throw new ContentNotFoundException($"Article {id} does not exist.");

    /// <summary>The editable fields of an article, as its forms and revisions see them.</summary>
    public static ArticleDraft ToDraft(ArticleRecord article) => new()
    {
        Title = article.Title,
        Dek = article.Dek,
        Body = article.BodyMarkdown,
        Path = article.Path,
        CoverImage = article.CoverImage,
        CoverAlt = article.CoverAlt,
        Language = article.Language,
        SeoTitle = article.SeoTitle,
        SeoDescription = article.SeoDescription,
        CanonicalUrl = article.CanonicalUrl,
        Featured = article.Featured,
        Topics = article.OrderedTopics().Select(t => t.Slug).ToList(),
        Experts = article.OrderedExperts().Select(e => e.Slug).ToList(),
        Sources = ContentJson.Sources(article.SourcesJson),
        Corrections = ContentJson.Corrections(article.CorrectionsJson),
        ClaimReviews = ContentJson.ClaimReviews(article.ClaimReviewsJson),
    };

    private async Task<ArticleRecord> SetStatusAsync(int id, ArticleStatus status, ContentActor actor, string note, CancellationToken cancellationToken)
    {
        RequirePublisher(actor);
        var article = await LoadAsync(id, cancellationToken);
        var wasPublic = article.Status == (int)ArticleStatus.Published;
        article.Status = (int)status;
        article.ScheduledUtc = null;
        if (wasPublic)
        {
            await StageWithRevisionAsync(WebhookEvents.ArticleUnpublished, article, cancellationToken);
        }

        audit.Add(status == ArticleStatus.Archived ? AuditActions.ArticleArchived : AuditActions.ArticleUnpublished, $"article {article.Id}", article.Title);
        await SaveStateAsync(article, actor, note, notify: wasPublic, cancellationToken);
        return article;
    }

    private async Task SaveStateAsync(ArticleRecord article, ContentActor actor, string note, bool notify, CancellationToken cancellationToken)
    {
        article.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        AddRevision(article, ToDraft(article), actor, note);
        await unit.SaveAsync(cancellationToken);
        if (notify)
        {
            await NotifyAsync(cancellationToken);
        }
    }

    /// <summary>Stages an event for a state change whose revision <see cref="SaveStateAsync"/> is about to add.</summary>
    private async Task StageWithRevisionAsync(string eventName, ArticleRecord article, CancellationToken cancellationToken, ArticleStatus? status = null)
    {
        var data = WebhookData.Article(article);
        if (status is { } next)
        {
            data["status"] = next.ToString().ToLowerInvariant();
        }

        data["revision"] = article.RevisionNumber + 1;
        data["updatedUtc"] = clock.GetUtcNow().UtcDateTime;
        await webhooks.StageAsync(eventName, data, cancellationToken);
    }

    private static void MarkPublished(ArticleRecord article, DateTime when)
    {
        article.Status = (int)ArticleStatus.Published;
        article.PublishedUtc ??= when;
        article.ScheduledUtc = null;
    }

    private static void RequirePublisher(ContentActor actor)
    {
        if (!actor.CanPublish)
        {
            throw new ContentAccessDeniedException("Only Editors and Admins publish, schedule, unpublish or archive.");
        }
    }

    private async Task ApplyAsync(ArticleRecord article, ArticleDraft draft, CancellationToken cancellationToken, string? htmlBody = null)
    {
        var errors = ArticleValidator.Validate(draft);
        var path = string.IsNullOrWhiteSpace(draft.Path) ? Slugs.From(draft.Title) : draft.Path.Trim();
        if (path.Length == 0 && !errors.Has(nameof(ArticleDraft.Title)))
        {
            errors.Add(nameof(ArticleDraft.Path), "cannot be derived from the title; give one.");
        }
        else if (path.Length > 0 && !errors.Has(nameof(ArticleDraft.Path)))
        {
            await ContentPaths.CheckAsync(articles, pages, path, nameof(ArticleDraft.Path), errors, articleId: article.Id, pageId: null, cancellationToken);
        }

        if (MediaReference.Parse(draft.CoverImage?.Trim()) is not null)
        {
            await media.CheckFieldAsync(errors, nameof(ArticleDraft.CoverImage), draft.CoverImage, cancellationToken);
        }

        var linkedTopics = await topics.BySlugsAsync(draft.Topics, cancellationToken);
        foreach (var missing in draft.Topics.Where(s => !linkedTopics.ContainsKey(s)))
        {
            errors.Add(nameof(ArticleDraft.Topics), $"topic '{missing}' does not exist.");
        }

        var linkedExperts = await experts.BySlugsAsync(draft.Experts, cancellationToken);
        foreach (var missing in draft.Experts.Where(s => !linkedExperts.ContainsKey(s)))
        {
            errors.Add(nameof(ArticleDraft.Experts), $"expert '{missing}' does not exist.");
        }

        errors.ThrowIfAny();

        var rendered = htmlBody is null ? markdown.Render(draft.Body) : markdown.RenderHtmlBody(htmlBody);
        article.Path = path;
        article.Title = draft.Title.Trim();
        article.Dek = ContentPaths.Blank(draft.Dek);
        article.BodyMarkdown = draft.Body;
        article.BodyHtml = rendered.Html;
        article.BodyText = rendered.PlainText;
        article.WordCount = rendered.WordCount;
        article.CoverImage = ContentPaths.Blank(draft.CoverImage);
        article.CoverAlt = ContentPaths.Blank(draft.CoverAlt);
        article.Language = draft.Language;
        article.SeoTitle = ContentPaths.Blank(draft.SeoTitle);
        article.SeoDescription = ContentPaths.Blank(draft.SeoDescription);
        article.CanonicalUrl = ContentPaths.Blank(draft.CanonicalUrl);
        article.Featured = draft.Featured;
        article.SourcesJson = ContentJson.Write(draft.Sources);
        article.CorrectionsJson = ContentJson.Write(draft.Corrections.OrderBy(c => c.Date).ToList());
        article.ClaimReviewsJson = ContentJson.Write(draft.ClaimReviews);
        article.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        article.Topics.Clear();
        article.Topics.AddRange(draft.Topics.Distinct(StringComparer.Ordinal).Select((slug, i) => new ArticleTopicRecord { TopicId = linkedTopics[slug].Id, Topic = linkedTopics[slug], Position = i }));
        article.Experts.Clear();
        article.Experts.AddRange(draft.Experts.Distinct(StringComparer.Ordinal).Select((slug, i) => new ArticleExpertRecord { ExpertId = linkedExperts[slug].Id, Expert = linkedExperts[slug], Position = i }));
    }

    private void AddRevision(ArticleRecord article, ArticleDraft draft, ContentActor actor, string note)
    {
        article.RevisionNumber++;
        article.Revisions.Add(new ArticleRevisionRecord
        {
            Number = article.RevisionNumber,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            ActorName = actor.Name is { } name ? TextLimit.Cut(name, 200) : null,
            Note = note,
            SnapshotJson = ContentJson.Write(draft with { Path = article.Path }),
        });
    }

    private async Task NotifyIfPublicAsync(ArticleRecord article, CancellationToken cancellationToken)
    {
        if (article.Status == (int)ArticleStatus.Published)
        {
            await NotifyAsync(cancellationToken);
        }
    }

    private Task NotifyAsync(CancellationToken cancellationToken) => ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);
}
