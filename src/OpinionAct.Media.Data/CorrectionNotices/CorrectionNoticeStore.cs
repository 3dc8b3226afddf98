using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.CorrectionNotices;

/// <summary>
/// Correction notices in a tenant's database: the sent issues that listed an article, the notices already sent, and
/// the one transaction that queues a notice (its issue row, the readers it tells, their send-queue rows).
/// </summary>
public sealed class CorrectionNoticeStore(TenantDbContext db)
{
    /// <summary>
    /// The issues (not notices) that were sent and listed <paramref name="articleId"/> in their digest, newest first,
    /// with how many recipients each reached.
    /// </summary>
    public async Task<List<SentIssueListing>> SentIssuesListingAsync(int articleId, CancellationToken cancellationToken)
    {
        // The ids sit in a JSON array: LIKE narrows on both providers, the parse below confirms (12 must not match 123).
        var id = articleId.ToString(CultureInfo.InvariantCulture);
        var candidates = await db.NewsletterIssues.AsNoTracking()
            .Where(i => i.Status == IssueStatus.Sent && i.ArticleIdsJson.Contains(id))
            .Where(i => !db.Set<CorrectionNoticeRecord>().Any(n => n.NoticeIssueId == i.Id))
            .OrderByDescending(i => i.Id)
            .Select(i => new
            {
                i.Id,
                i.NewsletterId,
                i.Subject,
                Newsletter = i.Newsletter!.Name,
                Sent = i.CompletedUtc ?? i.QueuedUtc,
                i.ArticleIdsJson,
                Delivered = db.IssueDeliveries.Count(d => d.IssueId == i.Id && d.State == DeliveryState.Sent),
            })
            .Take(50)
            .ToListAsync(cancellationToken);
        return candidates.Where(c => Listed(c.ArticleIdsJson, articleId))
            .Select(c => new SentIssueListing(c.Id, c.NewsletterId, c.Subject, c.Newsletter, c.Sent, c.Delivered)).ToList();
    }

    /// <summary>An article in any status, not tracked (its title, path and corrections log).</summary>
    public Task<ArticleRecord?> ArticleAsync(int articleId, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);

    /// <summary>An article by its path, not tracked (the recipe step names articles by path).</summary>
    public Task<ArticleRecord?> ArticleByPathAsync(string path, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Path == path, cancellationToken);

    /// <summary>
    /// Records a notice that was already sent, with its source issue and notice issue both <see cref="IssueStatus.Sent"/>
    /// and no queue rows: the demo's history (the recipe's transaction holds it).
    /// </summary>
    public async Task AddSentAsync(NewsletterIssueRecord source, NewsletterIssueRecord noticeIssue, CorrectionNoticeRecord notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        db.NewsletterIssues.AddRange(source, noticeIssue);
        await db.SaveChangesAsync(cancellationToken);
        notice.SourceIssueId = source.Id;
        notice.NoticeIssueId = noticeIssue.Id;
        db.Set<CorrectionNoticeRecord>().Add(notice);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One issue with its newsletter, not tracked.</summary>
    public Task<NewsletterIssueRecord?> IssueAsync(int issueId, CancellationToken cancellationToken) =>
        db.NewsletterIssues.AsNoTracking().Include(i => i.Newsletter).FirstOrDefaultAsync(i => i.Id == issueId, cancellationToken);

    /// <summary>Whether the issue is itself a correction notice (a notice is never the source of another).</summary>
    public Task<bool> IsNoticeAsync(int issueId, CancellationToken cancellationToken) =>
        db.Set<CorrectionNoticeRecord>().AnyAsync(n => n.NoticeIssueId == issueId, cancellationToken);

    /// <summary>The notices of an article, oldest first.</summary>
    public Task<List<CorrectionNoticeRecord>> ForArticleAsync(int articleId, CancellationToken cancellationToken) =>
        db.Set<CorrectionNoticeRecord>().AsNoTracking().Where(n => n.ArticleId == articleId).OrderBy(n => n.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// In one transaction: adds the notice's issue (already <see cref="IssueStatus.Sending"/>, its email frozen), the
    /// notice, one reader row per recipient of the source issue who got it (<see cref="DeliveryState.Sent"/>), is not
    /// suppressed, is still subscribed, and was not already told of this correction, and one send-queue row per reader.
    /// Returns the number of readers; null (nothing written) when this notice exists already; 0 (nothing written) when
    /// nobody is left to tell.
    /// </summary>
    public async Task<int?> QueueAsync(NewsletterIssueRecord noticeIssue, CorrectionNoticeRecord notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noticeIssue);
        ArgumentNullException.ThrowIfNull(notice);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.NewsletterIssues.Add(noticeIssue);
            await db.SaveChangesAsync(cancellationToken);
            notice.NoticeIssueId = noticeIssue.Id;
            db.Set<CorrectionNoticeRecord>().Add(notice);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (article, correction, source issue) key: another click or node queued this notice first.
            db.ChangeTracker.Clear();
            return null;
        }

        var sent = (int)DeliveryState.Sent;
        var confirmed = (int)SubscriptionState.Confirmed;
        var count = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "CorrectionNoticeRecipients" ("NoticeId", "ArticleId", "CorrectionKey", "SubscriberId")
            SELECT {notice.Id}, {notice.ArticleId}, {notice.CorrectionKey}, d."SubscriberId"
            FROM "IssueDeliveries" d JOIN "Subscribers" s ON s."Id" = d."SubscriberId"
            WHERE d."IssueId" = {notice.SourceIssueId} AND d."State" = {sent} AND s."SuppressedUtc" IS NULL
              AND EXISTS (SELECT 1 FROM "Subscriptions" x WHERE x."SubscriberId" = d."SubscriberId" AND x."NewsletterId" = {noticeIssue.NewsletterId} AND x."State" = {confirmed})
            ON CONFLICT ("ArticleId", "CorrectionKey", "SubscriberId") DO NOTHING
            """, cancellationToken);
        if (count == 0)
        {
            db.ChangeTracker.Clear();
            return 0;
        }

        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "IssueDeliveries" ("IssueId", "SubscriberId", "Email", "State", "Attempts", "NextAttemptAt", "LeaseUntil")
            SELECT {noticeIssue.Id}, r."SubscriberId", s."Email", 0, 0, 0, 0
            FROM "CorrectionNoticeRecipients" r JOIN "Subscribers" s ON s."Id" = r."SubscriberId"
            WHERE r."NoticeId" = {notice.Id}
            ORDER BY r."SubscriberId"
            """, cancellationToken);
        await db.NewsletterIssues.Where(i => i.Id == noticeIssue.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.RecipientCount, count), cancellationToken);
        await db.Set<CorrectionNoticeRecord>().Where(n => n.Id == notice.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.RecipientCount, count), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>Whether the issue's digest (a JSON array of ids) lists the article.</summary>
    public static bool Listed(string? articleIdsJson, int articleId)
    {
        try
        {
            return !string.IsNullOrEmpty(articleIdsJson) && (System.Text.Json.JsonSerializer.Deserialize<List<int>>(articleIdsJson) ?? []).Contains(articleId);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
