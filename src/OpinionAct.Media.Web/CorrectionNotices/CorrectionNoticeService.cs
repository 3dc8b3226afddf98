using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Data.CorrectionNotices;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.CorrectionNotices;

/// <summary>
/// Correction notices of the current tenant: what an article's admin page may offer, and sending one. A notice is
/// an issue of the source issue's newsletter, created already queued, so the send worker mails it with the same
/// leases, retries, Message-IDs and suppression checks as any issue (docs/newsletters.md, "Correction notices").
/// </summary>
public sealed partial class CorrectionNoticeService(
    CorrectionNoticeStore store,
    IssueComposer composer,
    EmailTemplates emails,
    TenantContext tenant,
    TenantDueIndex work,
    IEnumerable<IContentChangeListener> listeners,
    TimeProvider clock,
    ILogger<CorrectionNoticeService> logger)
{
    /// <summary>Every correction of the article against every sent issue that listed it, with the notices already sent.</summary>
    public async Task<List<CorrectionNoticeOffer>> OffersAsync(int articleId, CancellationToken cancellationToken)
    {
        if (await store.ArticleAsync(articleId, cancellationToken) is not { } article)
        {
            return [];
        }

        var corrections = ContentJson.Corrections(article.CorrectionsJson);
        if (corrections.Count == 0)
        {
            return [];
        }

        var issues = await store.SentIssuesListingAsync(articleId, cancellationToken);
        var sent = (await store.ForArticleAsync(articleId, cancellationToken)).ToDictionary(n => (n.CorrectionKey, n.SourceIssueId));
        return [.. corrections.OrderByDescending(c => c.Date).SelectMany(c =>
        {
            var key = CorrectionKeys.Of(c);
            return issues.Select(i => sent.TryGetValue((key, i.Id), out var notice)
                ? new CorrectionNoticeOffer(key, c.Date, c.Text, i.Id, i.Subject, i.NewsletterName, i.SentUtc, i.Delivered, notice.CreatedUtc, notice.RecipientCount)
                : new CorrectionNoticeOffer(key, c.Date, c.Text, i.Id, i.Subject, i.NewsletterName, i.SentUtc, i.Delivered, null, 0));
        })];
    }

    /// <summary>
    /// Tells the readers who received <paramref name="issueId"/> of one correction of the article, once: validates
    /// everything, then queues the notice in one transaction. Returns the number of readers queued.
    /// </summary>
    /// <exception cref="ContentNotFoundException">No such article.</exception>
    /// <exception cref="MediaValidationException">No such correction, the issue was never sent or did not list the article, the notice was sent already, or nobody is left to tell.</exception>
    public async Task<int> SendAsync(int articleId, string? correctionKey, int issueId, string? editor, CancellationToken cancellationToken)
    {
        var article = await store.ArticleAsync(articleId, cancellationToken) ?? throw new ContentNotFoundException();
        var correction = ContentJson.Corrections(article.CorrectionsJson).FirstOrDefault(c => CorrectionKeys.Of(c) == correctionKey)
            ?? throw Refused(articleId, issueId, "This correction is not in the article's log (it may have been edited since): reload the article and pick it again.");
        var source = await store.IssueAsync(issueId, cancellationToken);
        if (source is not { Status: IssueStatus.Sent } || await store.IsNoticeAsync(issueId, cancellationToken))
        {
            throw Refused(articleId, issueId, "This issue was never sent, so nobody received it: pick an issue that was sent with the article.");
        }

        if (!CorrectionNoticeStore.Listed(source.ArticleIdsJson, articleId))
        {
            throw Refused(articleId, issueId, "This issue did not list the article: pick an issue that was sent with it.");
        }

        var key = CorrectionKeys.Of(correction);
        if ((await store.ForArticleAsync(articleId, cancellationToken)).FirstOrDefault(n => n.CorrectionKey == key && n.SourceIssueId == issueId) is { } done)
        {
            throw Refused(articleId, issueId, $"The readers of this issue were already told of this correction ({done.CreatedUtc:yyyy-MM-dd}); nothing was sent again.");
        }

        var site = await emails.SiteAsync(tenant.Tenant.Name, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var noticeIssue = Compose(site, article, correction, source, now);
        noticeIssue.FrozenJson = IssueComposer.Freeze(await composer.ComposeAsync(noticeIssue, site.HomeUrl, cancellationToken));
        var notice = new CorrectionNoticeRecord { ArticleId = articleId, CorrectionKey = key, SourceIssueId = issueId, CreatedUtc = now, CreatedBy = editor };
        var count = await store.QueueAsync(noticeIssue, notice, cancellationToken);
        if (count is null)
        {
            throw Refused(articleId, issueId, "The readers of this issue were already told of this correction; nothing was sent again.");
        }

        if (count == 0)
        {
            throw Refused(articleId, issueId, "Nobody is left to tell: every reader of this issue was already told of this correction, unsubscribed, or can no longer be mailed.");
        }

        logger.NoticeQueued(tenant.Tenant.Name, notice.Id, articleId, noticeIssue.Id, issueId, count.Value);

        // Sending starts at once on this node; the article's public log shows "readers notified" from now on.
        await work.ScheduleAsync(tenant.Tenant.Name, NewsletterSendWorker.JobKind, clock.GetUtcNow(), cancellationToken);
        foreach (var listener in listeners)
        {
            await listener.OnContentChangedAsync(tenant.Tenant.Name, cancellationToken);
        }

        return count.Value;
    }

    private MediaValidationException Refused(int articleId, int issueId, string reason)
    {
        logger.NoticeRefused(tenant.Tenant.Name, articleId, issueId, reason);
        return new MediaValidationException(reason);
    }
}
