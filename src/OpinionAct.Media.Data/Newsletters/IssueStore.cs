using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Newsletters;

/// <summary>
/// Newsletter issues in a tenant's database: reading and writing them, the articles a digest may pick, the one
/// transaction that queues an issue (recipients snapshotted, email frozen) and the click counters of tracked links.
/// Tracked records come back for changes saved with <see cref="SaveChangesAsync"/>.
/// </summary>
public sealed class IssueStore(TenantDbContext db)
{
    /// <summary>The latest 200 issues with their newsletter, newest first.</summary>
    public Task<List<NewsletterIssueRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.NewsletterIssues.AsNoTracking().Include(i => i.Newsletter).OrderByDescending(i => i.Id).Take(200).ToListAsync(cancellationToken);

    /// <summary>One issue with its newsletter, not tracked.</summary>
    public Task<NewsletterIssueRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.NewsletterIssues.AsNoTracking().Include(i => i.Newsletter).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    /// <summary>One issue, tracked for a change.</summary>
    public Task<NewsletterIssueRecord?> FindTrackedAsync(int id, CancellationToken cancellationToken) =>
        db.NewsletterIssues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public void Add(NewsletterIssueRecord issue) => db.NewsletterIssues.Add(issue);

    public void Remove(NewsletterIssueRecord issue) => db.NewsletterIssues.Remove(issue);

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>A scheduled issue back to draft; false when it was no longer scheduled.</summary>
    public async Task<bool> ReturnToDraftAsync(int id, DateTime now, CancellationToken cancellationToken) =>
        await db.NewsletterIssues.Where(i => i.Id == id && i.Status == IssueStatus.Scheduled)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, IssueStatus.Draft).SetProperty(i => i.ScheduledUtc, (DateTime?)null).SetProperty(i => i.UpdatedUtc, now), cancellationToken) > 0;

    public Task<bool> NewsletterExistsAsync(int newsletterId, CancellationToken cancellationToken) =>
        db.Newsletters.AnyAsync(n => n.Id == newsletterId, cancellationToken);

    /// <summary>How many of these article ids are published articles.</summary>
    public Task<int> CountPublishedArticlesAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken) =>
        db.Articles.Where(a => articleIds.Contains(a.Id) && a.Status == (int)ArticleStatus.Published).CountAsync(cancellationToken);

    /// <summary>The published articles among these ids, with their topics, for a digest (any order).</summary>
    public Task<List<ArticleRecord>> PublishedArticlesAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id) && a.Status == (int)ArticleStatus.Published)
            .Include(a => a.Topics).ThenInclude(t => t.Topic)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    /// <summary>The <paramref name="take"/> latest published articles, newest first: the choices of an issue's digest.</summary>
    public Task<List<ArticleChoice>> ArticleChoicesAsync(int take, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Where(a => a.Status == (int)ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedUtc).Take(take).Select(a => new ArticleChoice(a.Id, a.Title)).ToListAsync(cancellationToken);

    /// <summary>
    /// In one transaction: moves the issue to Sending (only from Draft or Scheduled, so a second call is refused),
    /// stores its frozen email, and writes one queue row per recipient: Confirmed subscriptions of its newsletter
    /// whose subscriber is not suppressed. Returns the number of recipients, or null when the issue did not move.
    /// </summary>
    public async Task<int?> QueueAsync(int id, int newsletterId, string frozenJson, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.NewsletterIssues.Where(i => i.Id == id && (i.Status == IssueStatus.Draft || i.Status == IssueStatus.Scheduled))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, IssueStatus.Sending).SetProperty(i => i.QueuedUtc, now).SetProperty(i => i.UpdatedUtc, now)
                .SetProperty(i => i.FrozenJson, frozenJson), cancellationToken);
        if (moved == 0)
        {
            return null;
        }

        var confirmed = (int)SubscriptionState.Confirmed;
        var count = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "IssueDeliveries" ("IssueId", "SubscriberId", "Email", "State", "Attempts", "NextAttemptAt", "LeaseUntil")
            SELECT {id}, s."Id", s."Email", 0, 0, 0, 0
            FROM "Subscriptions" x JOIN "Subscribers" s ON s."Id" = x."SubscriberId"
            WHERE x."NewsletterId" = {newsletterId} AND x."State" = {confirmed} AND s."SuppressedUtc" IS NULL
            ORDER BY s."Id"
            """, cancellationToken);
        await db.NewsletterIssues.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.RecipientCount, count), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>Scheduled issues whose time has come, the earliest first.</summary>
    public Task<List<int>> DueAsync(DateTime now, CancellationToken cancellationToken) =>
        db.NewsletterIssues.AsNoTracking().Where(i => i.Status == IssueStatus.Scheduled && i.ScheduledUtc <= now)
            .OrderBy(i => i.ScheduledUtc).Select(i => i.Id).ToListAsync(cancellationToken);

    /// <summary>Issues being sent, oldest first.</summary>
    public Task<List<int>> SendingAsync(CancellationToken cancellationToken) =>
        db.NewsletterIssues.AsNoTracking().Where(i => i.Status == IssueStatus.Sending).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);

    /// <summary>When the scheduler must next look at this tenant's newsletters: now if an issue is being sent, else the earliest scheduled time; null if neither.</summary>
    public async Task<DateTime?> NextWorkAsync(DateTime now, CancellationToken cancellationToken)
    {
        if (await db.NewsletterIssues.AnyAsync(i => i.Status == IssueStatus.Sending, cancellationToken))
        {
            return now;
        }

        return await db.NewsletterIssues.Where(i => i.Status == IssueStatus.Scheduled).MinAsync(i => i.ScheduledUtc, cancellationToken);
    }

    /// <summary>The latest <paramref name="take"/> issues (or just <paramref name="issueId"/>), newest first.</summary>
    public Task<List<IssueSummary>> SummariesAsync(int? issueId, int take, CancellationToken cancellationToken) =>
        db.NewsletterIssues.AsNoTracking()
            .Where(i => issueId == null || i.Id == issueId)
            .OrderByDescending(i => i.Id).Take(take)
            .Select(i => new IssueSummary(i.Id, i.Subject, i.Newsletter!.Name, i.ScheduledUtc))
            .ToListAsync(cancellationToken);

    /// <summary>Counts one click on a tracked link of an issue; false (nothing counted) when the issue does not exist.</summary>
    public async Task<bool> CountClickAsync(int issueId, string url, DateTime now, CancellationToken cancellationToken)
    {
        if (!await db.NewsletterIssues.AnyAsync(i => i.Id == issueId, cancellationToken))
        {
            return false;
        }

        // One statement on both providers: the first click inserts the row, later ones add to it.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "IssueLinkClicks" ("IssueId", "Url", "Clicks", "LastClickUtc") VALUES ({issueId}, {url}, 1, {now})
            ON CONFLICT ("IssueId", "Url") DO UPDATE SET "Clicks" = "IssueLinkClicks"."Clicks" + 1, "LastClickUtc" = excluded."LastClickUtc"
            """, cancellationToken);
        return true;
    }

    /// <summary>Issues whose body contains <paramref name="reference"/> (<c>media:12</c>; also matches <c>media:123</c>: callers confirm).</summary>
    public Task<List<NewsletterIssueRecord>> MentioningAsync(string reference, CancellationToken cancellationToken) =>
        db.Set<NewsletterIssueRecord>().AsNoTracking().Where(i => i.BodyMarkdown.Contains(reference)).OrderBy(i => i.Id).ToListAsync(cancellationToken);
}
