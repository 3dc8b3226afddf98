using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Folds raw events into the daily rollups, incrementally: each pass takes the events after the
/// watermark, adds their figures, and moves the watermark in the same transaction, so a pass that
/// fails or is killed changes nothing and the next one redoes it. Insights catch up before they
/// answer, as search catches its index up; the maintenance service does it every few seconds.
/// </summary>
public sealed class AnalyticsRollup(MediaDatabase database, TimeProvider clock, IOptions<AnalyticsOptions> options)
{
    private const int BatchSize = 20_000;
    private const int CompletionDepth = 75;

    public async Task CatchUpAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var db = database.CreateTenantContext(tenant);
        ArticleLinks? links = null;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(AnalyticsEventWriter.LockStatement, cancellationToken);
            var watermark = await db.AnalyticsState.AsNoTracking().Where(s => s.Id == 1).Select(s => s.RolledUpToId).SingleAsync(cancellationToken);
            var events = await db.AnalyticsEvents.AsNoTracking().Where(e => e.Id > watermark).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (events.Count == 0)
            {
                await transaction.CommitAsync(cancellationToken);
                return;
            }

            links ??= await ArticleLinks.LoadAsync(db, cancellationToken);
            var daily = new Dictionary<(DateOnly, int, int, string), long[]>();
            await AddFiguresAsync(db, events, daily, cancellationToken);
            var visitors = await CountVisitorsAsync(db, events, watermark, links, cancellationToken);
            await WriteAsync(db, daily, visitors, cancellationToken);
            var last = events[^1].Id;
            var now = clock.GetUtcNow().UtcDateTime;
            await db.AnalyticsState.Where(s => s.Id == 1)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.RolledUpToId, last).SetProperty(x => x.UpdatedUtc, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (events.Count < BatchSize)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Deletes raw events older than the retention period (only ones already rolled up) and salts
    /// whose next day is over. Returns what was deleted.
    /// </summary>
    public async Task<(int Events, int Salts, DateOnly Cutoff)> PurgeAsync(string tenant, CancellationToken cancellationToken)
    {
        await CatchUpAsync(tenant, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var cutoff = today.AddDays(-Math.Max(2, options.Value.RetentionDays));
        var saltCutoff = today.AddDays(-1);
        await using var db = database.CreateTenantContext(tenant);
        var watermark = await db.AnalyticsState.AsNoTracking().Where(s => s.Id == 1).Select(s => s.RolledUpToId).SingleAsync(cancellationToken);
        var events = await db.AnalyticsEvents.Where(e => e.Day < cutoff && e.Id <= watermark).ExecuteDeleteAsync(cancellationToken);
        var salts = await db.AnalyticsSalts.Where(s => s.Day < saltCutoff).ExecuteDeleteAsync(cancellationToken);
        return (events, salts, cutoff);
    }

    private static async Task AddFiguresAsync(TenantDbContext db, List<AnalyticsEventRecord> events, Dictionary<(DateOnly, int, int, string), long[]> daily, CancellationToken cancellationToken)
    {
        void Add(DateOnly day, int article, int source, string? campaign, Metric metric, long amount = 1)
        {
            var key = (day, article, source, campaign ?? string.Empty);
            if (!daily.TryGetValue(key, out var figures))
            {
                daily[key] = figures = new long[(int)Metric.Count];
            }

            figures[(int)metric] += amount;
        }

        foreach (var e in events)
        {
            switch ((EventType)e.Type)
            {
                case EventType.PageView:
                    Add(e.Day, e.ArticleId, e.Source, e.Campaign, Metric.Views);
                    break;
                case EventType.Engagement:
                    Add(e.Day, e.ArticleId, e.Source, e.Campaign, Metric.EngagedSeconds, e.EngagedSeconds);
                    Add(e.Day, e.ArticleId, e.Source, e.Campaign, Metric.Engagements);
                    if (e.ScrollDepth >= CompletionDepth)
                    {
                        Add(e.Day, e.ArticleId, e.Source, e.Campaign, Metric.Completions);
                    }

                    break;
                case EventType.Share:
                    Add(e.Day, e.ArticleId, e.Source, e.Campaign, Metric.Shares);
                    break;
                case EventType.Outbound:
                    Add(e.Day, e.ArticleId, e.Source, e.Campaign, Metric.Outbound);
                    break;
                case EventType.Search:
                    Add(e.Day, e.ArticleId, e.Source, e.Campaign, Metric.Searches);
                    break;
                case EventType.SearchClick:
                    Add(e.Day, e.ArticleId, e.Source, e.Campaign, Metric.SearchClicks);
                    break;
                case EventType.Subscribe:
                    // Attributed to the last article this visitor viewed before subscribing, the same day.
                    var viewed = await db.AnalyticsEvents.AsNoTracking()
                        .Where(v => v.Day == e.Day && v.VisitorKey == e.VisitorKey && v.Type == (int)EventType.PageView && v.ArticleId > 0 && v.Id < e.Id)
                        .OrderByDescending(v => v.Id)
                        .Select(v => new { v.ArticleId, v.Source, v.Campaign })
                        .FirstOrDefaultAsync(cancellationToken);
                    if (viewed is null)
                    {
                        Add(e.Day, 0, e.Source, e.Campaign, Metric.Signups);
                    }
                    else
                    {
                        Add(e.Day, viewed.ArticleId, viewed.Source, viewed.Campaign, Metric.Signups);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// New daily uniques per scope: a page view counts for a scope (site, article, its topics and
    /// experts, its source) when its visitor key had no earlier page view in that scope that day.
    /// A unique is "returning" when the same reader (their key under yesterday's salt) viewed a page
    /// of the site yesterday.
    /// </summary>
    private static async Task<Dictionary<(DateOnly, VisitorScope, int), long[]>> CountVisitorsAsync(
        TenantDbContext db, List<AnalyticsEventRecord> events, long watermark, ArticleLinks links, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<(DateOnly, VisitorScope, int), long[]>();
        foreach (var day in events.Where(e => e.Type == (int)EventType.PageView).GroupBy(e => e.Day))
        {
            var keys = day.Select(e => e.VisitorKey).Distinct().ToList();
            var seen = new Dictionary<long, HashSet<(VisitorScope, int)>>();
            var earlier = await db.AnalyticsEvents.AsNoTracking()
                .Where(e => e.Day == day.Key && e.Type == (int)EventType.PageView && e.Id <= watermark && keys.Contains(e.VisitorKey))
                .Select(e => new { e.VisitorKey, e.ArticleId, e.Source })
                .Distinct()
                .ToListAsync(cancellationToken);
            foreach (var e in earlier)
            {
                Seen(seen, e.VisitorKey).UnionWith(Scopes(e.ArticleId, e.Source, links));
            }

            var previousKeys = day.Select(e => e.PreviousVisitorKey).Where(k => k != 0).Distinct().ToList();
            var yesterday = day.Key.AddDays(-1);
            var returning = previousKeys.Count == 0 ? [] : (await db.AnalyticsEvents.AsNoTracking()
                .Where(e => e.Day == yesterday && e.Type == (int)EventType.PageView && previousKeys.Contains(e.VisitorKey))
                .Select(e => e.VisitorKey)
                .Distinct()
                .ToListAsync(cancellationToken)).ToHashSet();
            foreach (var e in day)
            {
                var visitorSeen = Seen(seen, e.VisitorKey);
                var isReturning = e.PreviousVisitorKey != 0 && returning.Contains(e.PreviousVisitorKey);
                foreach (var scope in Scopes(e.ArticleId, e.Source, links))
                {
                    if (visitorSeen.Add(scope))
                    {
                        var key = (day.Key, scope.Item1, scope.Item2);
                        if (!counts.TryGetValue(key, out var figures))
                        {
                            counts[key] = figures = new long[2];
                        }

                        figures[0]++;
                        figures[1] += isReturning ? 1 : 0;
                    }
                }
            }
        }

        return counts;
    }

    private static HashSet<(VisitorScope, int)> Seen(Dictionary<long, HashSet<(VisitorScope, int)>> seen, long key)
    {
        if (!seen.TryGetValue(key, out var set))
        {
            seen[key] = set = [];
        }

        return set;
    }

    private static IEnumerable<(VisitorScope, int)> Scopes(int articleId, int source, ArticleLinks links)
    {
        yield return (VisitorScope.Site, 0);
        yield return (VisitorScope.Source, source);
        if (articleId == 0)
        {
            yield break;
        }

        yield return (VisitorScope.Article, articleId);
        foreach (var topic in links.TopicsOf(articleId))
        {
            yield return (VisitorScope.Topic, topic);
        }

        foreach (var expert in links.ExpertsOf(articleId))
        {
            yield return (VisitorScope.Expert, expert);
        }
    }

    private static async Task WriteAsync(
        TenantDbContext db,
        Dictionary<(DateOnly, int, int, string), long[]> daily,
        Dictionary<(DateOnly, VisitorScope, int), long[]> visitors,
        CancellationToken cancellationToken)
    {
        const string upsertDaily = """
            INSERT INTO "AnalyticsDaily" ("Day", "ArticleId", "Source", "Campaign", "Views", "EngagedSeconds", "Engagements", "Completions", "Signups", "Shares", "Outbound", "Searches", "SearchClicks")
            VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12})
            ON CONFLICT ("Day", "ArticleId", "Source", "Campaign") DO UPDATE SET
              "Views" = "AnalyticsDaily"."Views" + excluded."Views",
              "EngagedSeconds" = "AnalyticsDaily"."EngagedSeconds" + excluded."EngagedSeconds",
              "Engagements" = "AnalyticsDaily"."Engagements" + excluded."Engagements",
              "Completions" = "AnalyticsDaily"."Completions" + excluded."Completions",
              "Signups" = "AnalyticsDaily"."Signups" + excluded."Signups",
              "Shares" = "AnalyticsDaily"."Shares" + excluded."Shares",
              "Outbound" = "AnalyticsDaily"."Outbound" + excluded."Outbound",
              "Searches" = "AnalyticsDaily"."Searches" + excluded."Searches",
              "SearchClicks" = "AnalyticsDaily"."SearchClicks" + excluded."SearchClicks"
            """;
        foreach (var ((day, article, source, campaign), f) in daily)
        {
            object[] values = [day, article, source, campaign, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]];
            await db.Database.ExecuteSqlRawAsync(upsertDaily, values, cancellationToken);
        }

        const string upsertVisitors = """
            INSERT INTO "AnalyticsVisitors" ("Day", "Scope", "ScopeId", "Visitors", "Returning") VALUES ({0}, {1}, {2}, {3}, {4})
            ON CONFLICT ("Day", "Scope", "ScopeId") DO UPDATE SET
              "Visitors" = "AnalyticsVisitors"."Visitors" + excluded."Visitors",
              "Returning" = "AnalyticsVisitors"."Returning" + excluded."Returning"
            """;
        foreach (var ((day, scope, id), f) in visitors)
        {
            object[] values = [day, (int)scope, id, f[0], f[1]];
            await db.Database.ExecuteSqlRawAsync(upsertVisitors, values, cancellationToken);
        }
    }

    private enum Metric
    {
        Views,
        EngagedSeconds,
        Engagements,
        Completions,
        Signups,
        Shares,
        Outbound,
        Searches,
        SearchClicks,
        Count,
    }
}
