using System.Text.Json;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.Options;
using MimeKit;
using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Deliverability;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Subscriptions;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Bounces;

/// <summary>
/// One pass over a tenant's bounce mailbox (IMAP, MailKit). In UID order, in batches of
/// <see cref="BounceOptions.BatchSize"/>: the batch's structure is fetched first (mail that is not a
/// <c>multipart/report</c> is never downloaded), each report is then downloaded and parsed on its own (memory stays
/// bounded by one batch of small results, whatever the mailbox holds), matched to subscribers, and recorded through the
/// suppression rules <b>in the same transaction</b> that moves the tenant's progress mark to the batch's last UID; the
/// batch is then moved to the processed folder or deleted. A pass stopped at any point resumes cleanly: before the
/// commit nothing of the batch counted; after it, the mark says the batch is done, and the next pass only moves it.
/// A new UIDVALIDITY (the server renumbered the folder) starts the mark again from zero.
/// </summary>
public sealed partial class BounceMailbox(
    IServiceProvider services,
    TenantActivator activator,
    ReturnPaths returnPaths,
    IOptions<BounceOptions> options,
    TimeProvider clock,
    ILogger<BounceMailbox> logger)
{
    /// <summary>
    /// Reads the mailbox once to the end (or until <paramref name="cancellationToken"/> stops it between messages), and
    /// keeps the summary and error for the admin page. Never throws for a mailbox problem: the summary carries the error.
    /// </summary>
    /// <param name="afterBatch">Called after each batch is recorded and moved (tests stop a pass half-way through it).</param>
    public async Task<BouncePassSummary> RunAsync(TenantDescriptor tenant, Action<BouncePassSummary>? afterBatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await activator.EnsureActivatedAsync(tenant.Name);
        await using var scope = services.CreateTenantScope(tenant);
        var store = scope.ServiceProvider.GetRequiredService<BounceStore>();
        var settings = await store.GetSettingsAsync(cancellationToken);
        var summary = new BouncePassSummary();
        if (settings.ImapHost is null)
        {
            summary.Error = "No bounce mailbox is configured (admin → mail settings → bounce mailbox).";
            return summary;
        }

        try
        {
            await ReadAsync(tenant.Name, settings, store, scope.ServiceProvider.GetRequiredService<SuppressionService>(), summary, afterBatch, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            summary.Stopped = true;
        }
        catch (Exception ex) when (Describe(ex, settings) is { } sentence)
        {
            summary.Error = sentence;
            logger.BouncePassFailed(tenant.Name, sentence);
        }

        logger.BouncePass(tenant.Name, summary.Fetched, summary.Hard, summary.Soft, summary.Complaints, summary.Unmatched, summary.Ignored, summary.Refused, summary.Malformed);
        await store.SavePassAsync(clock.GetUtcNow().UtcDateTime, JsonSerializer.Serialize(summary), summary.Error, CancellationToken.None);
        return summary;
    }

    private async Task ReadAsync(string tenantName, BounceSettingsRecord settings, BounceStore store, SuppressionService suppression, BouncePassSummary summary, Action<BouncePassSummary>? afterBatch, CancellationToken cancellationToken)
    {
        var matcher = new BounceMatcher(store, settings.ReturnPath is null ? null : new ReturnPath(settings.ReturnPath, null).LocalPart, returnPaths.VerpKey(settings, tenantName));
        using var client = await ConnectAsync(tenantName, settings, cancellationToken);
        var folder = (ImapFolder)await client.GetFolderAsync(settings.ImapFolder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var processed = settings.MoveProcessed ? await ProcessedFolderAsync(client, settings.ProcessedFolder, cancellationToken) : null;
        var validity = folder.UidValidity;
        long mark = await store.MarkAsync(settings.ImapFolder, validity, cancellationToken);

        // Recorded by a pass that stopped before moving them: already counted, only moved now.
        if (mark > 0)
        {
            var done = (await folder.SearchAsync(SearchQuery.Uids(new UniqueIdRange(validity, 1, (uint)mark)), cancellationToken)).Where(u => u.Id <= mark).ToList();
            if (done.Count > 0)
            {
                await PutAwayAsync(folder, processed, done, cancellationToken);
                summary.Processed += done.Count;
            }
        }

        // "n:*" also matches the highest UID when it is below n: filter.
        var due = (await folder.SearchAsync(SearchQuery.Uids(new UniqueIdRange(new UniqueId(validity, (uint)mark + 1), UniqueId.MaxValue)), cancellationToken))
            .Where(u => u.Id > mark).OrderBy(u => u.Id).ToList();
        foreach (var batch in due.Chunk(Math.Max(1, options.Value.BatchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var counts = new BouncePassSummary();
            var reports = await ParseBatchAsync(folder, batch, counts, cancellationToken);
            var actions = await matcher.MatchAsync(reports, counts, (uid, note, problem) => Note(tenantName, uid, note, problem), cancellationToken);
            var last = batch[^1].Id;
            var from = mark;

            // From here the batch is finished whatever happens to the caller: recorded with its mark, then put away.
            var recorded = await store.InTransactionAsync(async () =>
            {
                await suppression.RecordBatchAsync([.. actions.Select(a => (a.Email, a.Kind, a.Detail, a.IssueId))], CancellationToken.None);
                return await store.AdvanceAsync(settings.ImapFolder, validity, from, last, CancellationToken.None);
            }, CancellationToken.None);
            if (!recorded)
            {
                logger.BounceMarkMoved(tenantName);
                summary.Stopped = true;
                return;
            }

            mark = last;
            summary.Add(counts);
            await PutAwayAsync(folder, processed, batch, CancellationToken.None);
            summary.Processed += batch.Length;
            afterBatch?.Invoke(summary);
        }

        await client.DisconnectAsync(quit: true, CancellationToken.None);
    }

    /// <summary>
    /// Structure first; then the reports small enough are downloaded in one FETCH, streamed: each message is parsed as
    /// it arrives and only the parsed result is kept.
    /// </summary>
    private async Task<List<(uint Uid, BounceReport Report)>> ParseBatchAsync(ImapFolder folder, UniqueId[] batch, BouncePassSummary counts, CancellationToken cancellationToken)
    {
        var items = await folder.FetchAsync(batch, MessageSummaryItems.UniqueId | MessageSummaryItems.BodyStructure | MessageSummaryItems.Size, cancellationToken);
        var parsed = new Dictionary<uint, BounceReport>(items.Count);
        var wanted = new List<UniqueId>(items.Count);
        foreach (var item in items)
        {
            counts.Fetched++;
            if (!IsReport(item.Body) || item.Size > options.Value.MaxMessageBytes)
            {
                parsed[item.UniqueId.Id] = BounceReport.NotAReport;
            }
            else
            {
                wanted.Add(item.UniqueId);
            }
        }

        if (wanted.Count > 0)
        {
            await folder.GetStreamsAsync(wanted, async (_, _, uid, stream, ct) =>
            {
                using var message = await MimeMessage.LoadAsync(stream, ct);
                parsed[uid.Id] = BounceParser.Parse(message);
            }, cancellationToken);
        }

        return [.. parsed.OrderBy(p => p.Key).Select(p => (p.Key, p.Value))];
    }

    private static bool IsReport(BodyPart? part, int depth = 0) => part switch
    {
        BodyPartMultipart multipart when multipart.ContentType.IsMimeType("multipart", "report") => true,
        BodyPartMultipart multipart when depth < 3 => multipart.BodyParts.Any(child => IsReport(child, depth + 1)),
        _ => false,
    };

    private void Note(string tenantName, uint uid, BounceNote note, string? problem)
    {
        switch (note)
        {
            case BounceNote.Malformed:
                logger.BounceMalformed(tenantName, uid, problem ?? "unreadable");
                break;
            case BounceNote.Refused:
                logger.BounceTokenRefused(tenantName, uid);
                break;
            default:
                logger.BounceUnmatched(tenantName, uid);
                break;
        }
    }
}
