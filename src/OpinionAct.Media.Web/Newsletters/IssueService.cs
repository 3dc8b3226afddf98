using System.Security.Cryptography;
using System.Text.Json;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Issues of the current tenant's newsletters: write (drafts and scheduled issues only), preview, test send,
/// schedule, and queue for sending. Every input is validated before anything is written; queueing snapshots
/// the recipients and freezes the email in one transaction, and happens once per issue.
/// </summary>
public sealed class IssueService(
    IssueStore store,
    NewsletterStore newsletters,
    DeliveryStore deliveries,
    TenantContext tenant,
    IssueComposer composer,
    EmailTemplates emails,
    IMailTransport transport,
    TimeProvider clock,
    TenantDueIndex work,
    ILogger<IssueService> logger)
{
    public const int MaxSubject = 200;
    public const int MaxPreheader = 300;
    public const int MaxBody = 200_000;
    public const int MaxArticles = 30;

    public Task<List<NewsletterIssueRecord>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public Task<NewsletterIssueRecord?> FindAsync(int id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    /// <summary>Where the issue's send stands (rows per state, rate, clicks); null when there is no such issue.</summary>
    public Task<IssueProgress?> ProgressAsync(int id, CancellationToken cancellationToken) => deliveries.ProgressAsync(id, cancellationToken);

    /// <summary>The 50 latest published articles, newest first, for the digest picker.</summary>
    public Task<List<ArticleChoice>> ArticleChoicesAsync(CancellationToken cancellationToken) => store.ArticleChoicesAsync(50, cancellationToken);

    /// <summary>Messages sent per issue id.</summary>
    /// <summary>
    /// The latest 20 issues (or just <paramref name="issueId"/>) with their progress, newest first: what
    /// <c>newsletters status</c> prints.
    /// </summary>
    public async Task<List<(IssueSummary Issue, IssueProgress Progress)>> StatusAsync(int? issueId, CancellationToken cancellationToken)
    {
        var rows = new List<(IssueSummary, IssueProgress)>();
        foreach (var issue in await store.SummariesAsync(issueId, 20, cancellationToken))
        {
            rows.Add((issue, (await deliveries.ProgressAsync(issue.Id, cancellationToken))!));
        }

        return rows;
    }

    /// <summary>Counts one click on a tracked link of an issue (never who clicked); nothing when the issue is gone.</summary>
    public Task<bool> CountClickAsync(int issueId, string url, CancellationToken cancellationToken) =>
        store.CountClickAsync(issueId, url, clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>What an issue may point at: the newsletters by name, and the 50 most recently published articles.</summary>
    public async Task<IssueChoices> ChoicesAsync(CancellationToken cancellationToken)
    {
        var byName = await newsletters.ListAsync(cancellationToken);
        var articles = await ArticleChoicesAsync(cancellationToken);
        return new IssueChoices(byName.Select(n => (n.Id, n.Name)).ToList(), articles.Select(a => (a.Id, a.Title)).ToList());
    }

    /// <summary>Creates (id null) or changes an issue that is still a draft or scheduled.</summary>
    /// <exception cref="ContentValidationException">A field is missing or wrong; nothing was written.</exception>
    public async Task<NewsletterIssueRecord> SaveAsync(int? id, IssueDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = await ValidateAsync(draft, cancellationToken);
        NewsletterIssueRecord? issue = null;
        if (id is { } existing)
        {
            issue = await store.FindTrackedAsync(existing, cancellationToken) ?? throw new ContentNotFoundException();
            if (issue.Status is not (IssueStatus.Draft or IssueStatus.Scheduled))
            {
                errors["Subject"] = ["This issue is being sent or was sent; it can no longer change."];
            }
        }

        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (issue is null)
        {
            issue = new NewsletterIssueRecord { Subject = draft.Subject, MessageKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), CreatedUtc = now };
            store.Add(issue);
        }

        issue.NewsletterId = draft.NewsletterId;
        issue.Subject = draft.Subject.Trim();
        issue.Preheader = string.IsNullOrWhiteSpace(draft.Preheader) ? null : draft.Preheader.Trim();
        issue.BodyMarkdown = draft.Body;
        issue.ArticleIdsJson = JsonSerializer.Serialize(draft.ArticleIds.Distinct().ToList());
        issue.UpdatedUtc = now;
        await store.SaveChangesAsync(cancellationToken);
        return issue;
    }

    /// <summary>Schedules a draft (or moves a scheduled issue) to a future time; the send worker queues it then.</summary>
    public async Task ScheduleAsync(int id, DateTimeOffset when, CancellationToken cancellationToken)
    {
        if (when <= clock.GetUtcNow())
        {
            throw new ContentValidationException(new Dictionary<string, string[]> { ["SendAt"] = ["Pick a time in the future."] });
        }

        var issue = await EditableAsync(id, cancellationToken);
        issue.Status = IssueStatus.Scheduled;
        issue.ScheduledUtc = when.UtcDateTime;
        issue.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await store.SaveChangesAsync(cancellationToken);

        // The scheduler wakes for this tenant then (on every node: the time also goes to the tenant table).
        await work.ScheduleAsync(tenant.Tenant.Name, NewsletterSendWorker.JobKind, when, cancellationToken);
    }

    /// <summary>A scheduled issue goes back to draft.</summary>
    public async Task UnscheduleAsync(int id, CancellationToken cancellationToken)
    {
        var issue = await EditableAsync(id, cancellationToken);
        issue.Status = IssueStatus.Draft;
        issue.ScheduledUtc = null;
        issue.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await store.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A scheduled issue that could not be queued goes back to draft, so the worker does not retry it forever.</summary>
    public Task<bool> ReturnToDraftAsync(int id, CancellationToken cancellationToken) =>
        store.ReturnToDraftAsync(id, clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>Scheduled issues whose time has come, the earliest first.</summary>
    public Task<List<int>> DueAsync(CancellationToken cancellationToken) => store.DueAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>When the send worker must next look at this tenant: now while an issue is being sent, else the earliest scheduled issue; null if neither.</summary>
    public async Task<DateTimeOffset?> NextWorkAsync(CancellationToken cancellationToken) =>
        await store.NextWorkAsync(clock.GetUtcNow().UtcDateTime, cancellationToken) is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc), TimeSpan.Zero) : null;

    /// <summary>Issues being sent, oldest first.</summary>
    public Task<List<int>> SendingAsync(CancellationToken cancellationToken) => store.SendingAsync(cancellationToken);

    /// <summary>Deletes a draft or scheduled issue; a sent (or sending) issue is kept as the record of what was sent.</summary>
    public async Task DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var issue = await EditableAsync(id, cancellationToken);
        store.Remove(issue);
        await store.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Starts sending: in one transaction the issue moves to Sending (only from Draft or Scheduled, so twice is
    /// refused), its email is frozen, and one queue row is written per recipient: Confirmed subscriptions of
    /// the newsletter whose subscriber is not suppressed. Returns the number of recipients.
    /// </summary>
    /// <exception cref="MediaValidationException">The issue is already sent or sending, or has nothing to send.</exception>
    public async Task<int> QueueAsync(int id, CancellationToken cancellationToken)
    {
        var issue = await store.FindAsync(id, cancellationToken) ?? throw new ContentNotFoundException();
        if (issue.Status is not (IssueStatus.Draft or IssueStatus.Scheduled))
        {
            throw new MediaValidationException("This issue is already being sent or was sent; write a new issue to send again.");
        }

        var site = await emails.SiteAsync(tenant.Tenant.Name, cancellationToken);
        var view = await composer.ComposeAsync(issue, site.HomeUrl, cancellationToken);
        if (view.BodyHtml.Length == 0 && view.Digest.Count == 0)
        {
            throw new MediaValidationException("This issue has nothing to send: write a body or pick published articles.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var count = await store.QueueAsync(id, issue.NewsletterId, IssueComposer.Freeze(view), now, cancellationToken)
            ?? throw new MediaValidationException("This issue is already being sent or was sent; write a new issue to send again.");
        logger.IssueQueued(tenant.Tenant.Name, id, count);

        // Sending starts at once on this node, within a table refresh on the others (the CLI's `newsletters send`).
        await work.ScheduleAsync(tenant.Tenant.Name, NewsletterSendWorker.JobKind, clock.GetUtcNow(), cancellationToken);
        return count;
    }

    /// <summary>The issue's email exactly as recipients get it, without their personal manage link.</summary>
    public async Task<RenderedEmail> RenderAsync(NewsletterIssueRecord issue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var newsletter = issue.Newsletter ?? await newsletters.FindAsync(issue.NewsletterId, cancellationToken) ?? throw new ContentNotFoundException();
        var site = await emails.SiteAsync(tenant.Tenant.Name, cancellationToken);
        var view = issue.FrozenJson is { } frozen ? IssueComposer.Thaw(frozen) : await composer.ComposeAsync(issue, site.HomeUrl, cancellationToken);
        var envelope = new EmailView { Subject = issue.Subject, Preheader = IssueComposer.Preheader(issue, view), NewsletterName = newsletter.Name };
        return await emails.RenderAsync(site, "issue", envelope, view, cancellationToken);
    }

    /// <summary>Sends the issue at once to one address (the signed-in editor's), outside the queue, subject marked as a test.</summary>
    /// <exception cref="MailDeliveryException">The SMTP server refused or could not be reached.</exception>
    public async Task SendTestAsync(int id, string address, CancellationToken cancellationToken)
    {
        var issue = await FindAsync(id, cancellationToken) ?? throw new ContentNotFoundException();
        var newsletter = issue.Newsletter!;
        var email = await RenderAsync(issue, cancellationToken);
        var message = new EmailMessage(new EmailMailbox(newsletter.SenderName, newsletter.SenderAddress), new EmailMailbox(null, address), $"[Test] {issue.Subject}", email.Html, email.Text)
        {
            ReplyTo = string.IsNullOrWhiteSpace(newsletter.ReplyTo) ? null : new EmailMailbox(null, newsletter.ReplyTo),
        };
        await using var session = await transport.OpenAsync(tenant.Tenant.Name, cancellationToken);
        await session.SendAsync(message, cancellationToken);
        logger.IssueTestSent(tenant.Tenant.Name, id);
    }

    private async Task<NewsletterIssueRecord> EditableAsync(int id, CancellationToken cancellationToken)
    {
        var issue = await store.FindTrackedAsync(id, cancellationToken) ?? throw new ContentNotFoundException();
        return issue.Status is IssueStatus.Draft or IssueStatus.Scheduled
            ? issue
            : throw new MediaValidationException("This issue is being sent or was sent; it can no longer change.");
    }

    private async Task<Dictionary<string, string[]>> ValidateAsync(IssueDraft draft, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!await store.NewsletterExistsAsync(draft.NewsletterId, cancellationToken))
        {
            errors["IssueNewsletter"] = ["Pick one of this site's newsletters."];
        }

        var subject = draft.Subject?.Trim() ?? string.Empty;
        if (subject.Length == 0)
        {
            errors["Subject"] = ["Write a subject."];
        }
        else if (subject.Length > MaxSubject || subject.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            errors["Subject"] = [$"Keep the subject on one line of at most {MaxSubject} characters."];
        }

        if (draft.Preheader is { } preheader && (preheader.Trim().Length > MaxPreheader || preheader.AsSpan().IndexOfAny('\r', '\n') >= 0))
        {
            errors["Preheader"] = [$"Keep the preheader on one line of at most {MaxPreheader} characters."];
        }

        if (draft.Body.Length > MaxBody)
        {
            errors["Markdown"] = [$"The body is longer than {MaxBody:N0} characters; shorten it or link to an article."];
        }

        var ids = draft.ArticleIds.Distinct().ToList();
        if (ids.Count > MaxArticles)
        {
            errors["Articles"] = [$"Pick at most {MaxArticles} articles."];
        }
        else if (ids.Count > 0)
        {
            var published = await store.CountPublishedArticlesAsync(ids, cancellationToken);
            if (published != ids.Count)
            {
                errors["Articles"] = ["Pick published articles only."];
            }
        }

        if (string.IsNullOrWhiteSpace(draft.Body) && ids.Count == 0)
        {
            errors["Markdown"] = ["Write a body, pick articles for a digest, or both."];
        }

        return errors;
    }
}
