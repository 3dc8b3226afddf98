using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Data.Newsletters;

/// <summary>
/// The persistent send queue of one tenant database: one <see cref="IssueDeliveryRecord"/> per recipient per
/// issue. Rows are leased in batches (<c>Pending → Sending</c> with a lease end and an owner; on PostgreSQL with
/// <c>FOR UPDATE SKIP LOCKED</c>, so several nodes share a queue), and each row is settled on its own the
/// moment its SMTP answer is known. A row whose lease ran out (its worker died) is leased again.
/// </summary>
public sealed class DeliveryStore(TenantDbContext db, TimeProvider clock, WebhookOutbox webhooks)
{
    private bool IsPostgres => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    /// <summary>Leases up to <paramref name="batchSize"/> due rows of an issue: pending and due, or leased by a worker whose lease ran out.</summary>
    public async Task<List<ClaimedDelivery>> ClaimAsync(int issueId, string owner, TimeSpan lease, int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var until = now + (long)lease.TotalMilliseconds;
        var lockClause = IsPostgres ? " FOR UPDATE SKIP LOCKED" : string.Empty;
        var sql = $"""
            UPDATE "IssueDeliveries" SET "State" = {(int)DeliveryState.Sending}, "LeaseOwner" = @owner, "LeaseUntil" = @until, "Attempts" = "Attempts" + 1
            WHERE "Id" IN (
                SELECT "Id" FROM "IssueDeliveries"
                WHERE "IssueId" = @issue AND (("State" = {(int)DeliveryState.Pending} AND "NextAttemptAt" <= @now) OR ("State" = {(int)DeliveryState.Sending} AND "LeaseUntil" < @now))
                ORDER BY "Id" LIMIT @batch{lockClause})
            RETURNING "Id", "SubscriberId", "Email", "Attempts"
            """;

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Add(command, "owner", owner);
            Add(command, "until", until);
            Add(command, "issue", issueId);
            Add(command, "now", now);
            Add(command, "batch", batchSize);
            var claimed = new List<ClaimedDelivery>(batchSize);
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    claimed.Add(new ClaimedDelivery(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3), until));
                }
            }

            claimed.Sort((a, b) => a.Id.CompareTo(b.Id));
            return claimed;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The SMTP server accepted the message: settled for good. Recorded even when this worker's lease ran out
    /// meanwhile (the message did go out), but never over a row another worker already settled.
    /// </summary>
    /// <returns>False when the row had already been settled by another worker.</returns>
    public async Task<bool> MarkSentAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.IssueDeliveries.Where(d => d.Id == id && (d.State == DeliveryState.Sending || d.State == DeliveryState.Pending)).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.State, DeliveryState.Sent).SetProperty(d => d.SentUtc, now).SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LastError, (string?)null),
            cancellationToken) > 0;
    }

    /// <summary>
    /// <see cref="MarkSentAsync(long, CancellationToken)"/> for several rows in one statement (one commit), with the same
    /// rule per row. The send pass groups the marks of its lanes this way; each lane still waits for its own mark to
    /// commit before it starts its next message.
    /// </summary>
    /// <returns>The ids this call settled; the others had already been settled by another worker.</returns>
    public async Task<HashSet<long>> MarkSentAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var settled = new HashSet<long>();
        if (ids.Count == 0)
        {
            return settled;
        }

        // The ids are the queue's own integers, written as literals: one statement text per batch size would not
        // be reused anyway, and SQLite has no array parameter.
        var list = string.Join(',', ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sql = $"""
            UPDATE "IssueDeliveries" SET "State" = {(int)DeliveryState.Sent}, "SentUtc" = @now, "LeaseOwner" = NULL, "LastError" = NULL
            WHERE "Id" IN ({list}) AND "State" IN ({(int)DeliveryState.Sending}, {(int)DeliveryState.Pending})
            RETURNING "Id"
            """;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Add(command, "now", clock.GetUtcNow().UtcDateTime);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                settled.Add(reader.GetInt64(0));
            }

            return settled;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// A transient failure: back to pending, not before <paramref name="retryAfter"/> from now. Only while
    /// <paramref name="owner"/> still holds the lease: a late answer must not reopen a row that another worker
    /// has leased or already sent since (that would mail the reader twice).
    /// </summary>
    /// <returns>False when the lease was lost and nothing changed.</returns>
    public async Task<bool> MarkRetryAsync(long id, string owner, TimeSpan retryAfter, string error, CancellationToken cancellationToken)
    {
        var next = clock.GetUtcNow().Add(retryAfter).ToUnixTimeMilliseconds();
        return await db.IssueDeliveries.Where(d => d.Id == id && d.State == DeliveryState.Sending && d.LeaseOwner == owner).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.State, DeliveryState.Pending).SetProperty(d => d.NextAttemptAt, next).SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LastError, TextLimit.Cut(error, 500)),
            cancellationToken) > 0;
    }

    /// <summary>A permanent failure, recorded only while <paramref name="owner"/> still holds the lease.</summary>
    /// <returns>False when the lease was lost and nothing changed.</returns>
    public async Task<bool> MarkFailedAsync(long id, string owner, string error, CancellationToken cancellationToken) =>
        await db.IssueDeliveries.Where(d => d.Id == id && d.State == DeliveryState.Sending && d.LeaseOwner == owner).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.State, DeliveryState.Failed).SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LastError, TextLimit.Cut(error, 500)),
            cancellationToken) > 0;

    /// <summary>Recipients suppressed or no longer subscribed since the issue was queued: never mailed.</summary>
    public Task MarkSkippedAsync(IReadOnlyCollection<long> ids, string reason, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? Task.CompletedTask
            : db.IssueDeliveries.Where(d => ids.Contains(d.Id) && d.State == DeliveryState.Sending).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.State, DeliveryState.Skipped).SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LastError, reason),
                cancellationToken);

    /// <summary>
    /// Gives back rows this worker leased but never started (a graceful stop): pending again at once, and the
    /// attempt they were charged is returned. Only rows still leased by <paramref name="owner"/> (this pass) move.
    /// </summary>
    public Task ReleaseAsync(IReadOnlyCollection<long> ids, string owner, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? Task.CompletedTask
            : db.IssueDeliveries.Where(d => ids.Contains(d.Id) && d.State == DeliveryState.Sending && d.LeaseOwner == owner).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.State, DeliveryState.Pending).SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LeaseUntil, 0L).SetProperty(d => d.Attempts, d => d.Attempts - 1),
                cancellationToken);

    /// <summary>Which of these subscribers must not get this newsletter any more: suppressed, or not confirmed now.</summary>
    public async Task<HashSet<int>> NoLongerMailableAsync(int newsletterId, IReadOnlyCollection<int> subscriberIds, CancellationToken cancellationToken)
    {
        var confirmed = await db.Subscriptions.AsNoTracking()
            .Where(s => s.NewsletterId == newsletterId && subscriberIds.Contains(s.SubscriberId) && s.State == SubscriptionState.Confirmed)
            .Join(db.Subscribers.Where(s => s.SuppressedUtc == null), s => s.SubscriberId, s => s.Id, (subscription, _) => subscription.SubscriberId)
            .ToListAsync(cancellationToken);
        var result = subscriberIds.ToHashSet();
        result.ExceptWith(confirmed);
        return result;
    }

    public async Task<IssueProgress?> ProgressAsync(int issueId, CancellationToken cancellationToken)
    {
        var issue = await db.NewsletterIssues.AsNoTracking().Where(i => i.Id == issueId)
            .Select(i => new { i.Status, i.QueuedUtc, i.CompletedUtc }).FirstOrDefaultAsync(cancellationToken);
        if (issue is null)
        {
            return null;
        }

        var counts = await db.IssueDeliveries.AsNoTracking().Where(d => d.IssueId == issueId)
            .GroupBy(d => d.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(DeliveryState state) => counts.FirstOrDefault(c => c.State == state)?.Count ?? 0;

        // The rate over the last minute of sending (or over the whole send when it was shorter).
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddMinutes(-1);
        var recent = await db.IssueDeliveries.AsNoTracking().Where(d => d.IssueId == issueId && d.State == DeliveryState.Sent && d.SentUtc >= since)
            .GroupBy(d => 1).Select(g => new { Count = g.Count(), First = g.Min(d => d.SentUtc), Last = g.Max(d => d.SentUtc) }).FirstOrDefaultAsync(cancellationToken);
        var rate = 0.0;
        if (recent is { Count: > 1, First: { } first, Last: { } last })
        {
            var seconds = Math.Max((last - first).TotalSeconds, 0.001);
            rate = Math.Round((recent.Count - 1) / seconds, 1);
        }

        var links = await db.IssueLinkClicks.AsNoTracking().Where(c => c.IssueId == issueId)
            .OrderByDescending(c => c.Clicks).ThenBy(c => c.Url).Take(20).Select(c => new IssueLinkClicks(c.Url, c.Clicks)).ToListAsync(cancellationToken);
        return new IssueProgress(issueId, issue.Status.ToString(), counts.Sum(c => c.Count), Count(DeliveryState.Pending), Count(DeliveryState.Sending),
            Count(DeliveryState.Sent), Count(DeliveryState.Failed), Count(DeliveryState.Skipped), rate, issue.QueuedUtc, issue.CompletedUtc) { Links = links };
    }

    /// <summary>
    /// Marks the issue sent when no row is left to settle; true when it did. The issue.sent event, when a hook wants
    /// it, commits in the same transaction, so only the node whose update won writes it.
    /// </summary>
    public async Task<bool> CompleteIfDoneAsync(int issueId, CancellationToken cancellationToken)
    {
        var open = await db.IssueDeliveries.AnyAsync(d => d.IssueId == issueId && (d.State == DeliveryState.Pending || d.State == DeliveryState.Sending), cancellationToken);
        if (open)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await webhooks.WithEventAsync(WebhookEvents.IssueSent, async (wanted, ct) =>
        {
            var completed = await db.NewsletterIssues.Where(i => i.Id == issueId && i.Status == IssueStatus.Sending)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, IssueStatus.Sent).SetProperty(i => i.CompletedUtc, now).SetProperty(i => i.UpdatedUtc, now), ct) > 0;
            if (!completed || !wanted)
            {
                return (completed, (System.Text.Json.Nodes.JsonObject?)null);
            }

            var issue = await db.NewsletterIssues.AsNoTracking().Include(i => i.Newsletter).FirstAsync(i => i.Id == issueId, ct);
            var counts = await db.IssueDeliveries.Where(d => d.IssueId == issueId).GroupBy(d => d.State)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            int Count(DeliveryState state) => counts.GetValueOrDefault(state);
            return (completed, WebhookData.Issue(issue, issue.Newsletter?.Slug ?? string.Empty, Count(DeliveryState.Sent), Count(DeliveryState.Failed), Count(DeliveryState.Skipped), now));
        }, cancellationToken);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
