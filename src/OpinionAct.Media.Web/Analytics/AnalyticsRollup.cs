using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Data.Analytics;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Folds raw events into the daily rollups, incrementally. A pass (1) notes, under the writers' lock,
/// the last committed event id; (2) reads the events after the watermark and the visitors' state
/// without holding any lock; (3) under the lock again, checks that the watermark has not moved
/// (another node or the CLI did the same work) and writes the figures, the visitors' state and the
/// new watermark in one transaction. A pass that fails or is killed changes nothing; the next redoes it.
/// Insights catch up before they answer (as search catches its index up); the maintenance service
/// does it every few seconds. The storage side of each step is in <see cref="AnalyticsRollupStore"/>.
/// </summary>
public sealed partial class AnalyticsRollup(AnalyticsRollupStore store, TimeProvider clock, IOptions<AnalyticsOptions> options)
{
    private const int BatchSize = 20_000;
    private const int CompletionDepth = 75;

    public async Task CatchUpAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(tenant, cancellationToken);
        await RollUpSearchDaysAsync(session, cancellationToken);
        ArticleLinks? links = null;
        while (true)
        {
            var (watermark, upper) = await session.BoundsAsync(cancellationToken);
            if (upper <= watermark)
            {
                return;
            }

            var events = await session.EventsAsync(watermark, upper, BatchSize, cancellationToken);
            links ??= ArticleLinks.From(await session.ArticleLinksAsync(cancellationToken));
            var pass = new Pass(links);
            await pass.LoadVisitorsAsync(session, events, cancellationToken);
            pass.Apply(events);

            var last = events[^1].Id;
            var now = clock.GetUtcNow().UtcDateTime;

            // Events folded after their day ended (a late commit, a roll-up that was failing) lose their key under the
            // day before's salt now: the purge erases it for events folded during their day, and may not see these.
            var today = DateOnly.FromDateTime(now);
            var erase = events.Any(e => e.Day < today && e.PreviousVisitorKey != 0);
            if (!await session.CommitPassAsync(watermark, last, pass.Figures(), today, erase, now, cancellationToken))
            {
                // Someone else folded these events in meanwhile; start again from their watermark.
                continue;
            }

            if (last >= upper)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Deletes raw events older than the retention period (only ones already rolled up), and salts and
    /// visitor state whose next day is over. With a salt goes every stored key made with it: events of
    /// the day after keep their own day's key but lose the one under that salt (<c>PreviousVisitorKey</c>,
    /// only read by the roll-up, which has used it), so no stored event links one day's keys to the day
    /// before's once that day's salt is gone. Returns what was deleted.
    /// </summary>
    public async Task<(int Events, int Salts, DateOnly Cutoff)> PurgeAsync(string tenant, CancellationToken cancellationToken)
    {
        await CatchUpAsync(tenant, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var cutoff = today.AddDays(-Math.Max(2, options.Value.RetentionDays));
        var (events, salts) = await store.PurgeAsync(tenant, cutoff, today.AddDays(-1), today, cancellationToken);
        return (events, salts, cutoff);
    }

    /// <summary>
    /// The search log of days that are over is folded into per-day counts (searches per first result,
    /// zero-result queries), once per day; insights read the log itself only for the days after.
    /// A day is folded five minutes after it ends, so a search logged at its last instant is in.
    /// </summary>
    private async Task RollUpSearchDaysAsync(AnalyticsRollupSession session, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var last = DateOnly.FromDateTime(now).AddDays(now.TimeOfDay < TimeSpan.FromMinutes(5) ? -2 : -1);
        if (await session.SearchRolledUpToDayAsync(cancellationToken) >= last)
        {
            return;
        }

        await session.RollUpSearchDaysAsync(last, cancellationToken);
    }
}
