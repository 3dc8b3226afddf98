using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>One roll-up pass: the figures of a batch of events, computed in memory, then written with prepared upserts.</summary>
public sealed partial class AnalyticsRollup
{
    /// <summary>The figures of one batch of events, computed in memory, then written with a few prepared upserts.</summary>
    private sealed class Pass(ArticleLinks links)
    {
        private readonly Dictionary<(DateOnly, int, int, string), long[]> _daily = [];
        private readonly Dictionary<(DateOnly, int, int), long[]> _visitors = [];
        private readonly Dictionary<(DateOnly Day, long Key), VisitorState> _states = [];
        private readonly HashSet<(DateOnly Day, long Key)> _cameYesterday = [];

        public async Task LoadVisitorsAsync(TenantDbContext db, List<AnalyticsEventRecord> events, CancellationToken cancellationToken)
        {
            foreach (var day in events.GroupBy(e => e.Day))
            {
                var keys = day.Select(e => e.VisitorKey).Distinct().ToList();
                foreach (var chunk in keys.Chunk(5000))
                {
                    var rows = await db.AnalyticsVisitorDays.AsNoTracking().Where(v => v.Day == day.Key && chunk.Contains(v.VisitorKey)).ToListAsync(cancellationToken);
                    foreach (var row in rows)
                    {
                        _states[(row.Day, row.VisitorKey)] = VisitorState.From(row);
                    }
                }

                // Returning: the same reader (their key under yesterday's salt) viewed a page yesterday.
                var yesterday = day.Key.AddDays(-1);
                var previous = day.Where(e => e.PreviousVisitorKey != 0).Select(e => e.PreviousVisitorKey).Distinct().ToList();
                foreach (var chunk in previous.Chunk(5000))
                {
                    var found = await db.AnalyticsVisitorDays.AsNoTracking().Where(v => v.Day == yesterday && chunk.Contains(v.VisitorKey)).Select(v => v.VisitorKey).ToListAsync(cancellationToken);
                    _cameYesterday.UnionWith(found.Select(k => (yesterday, k)));
                }
            }
        }

        public void Apply(List<AnalyticsEventRecord> events)
        {
            foreach (var e in events)
            {
                switch ((EventType)e.Type)
                {
                    case EventType.PageView:
                        Add(e.Day, e.ArticleId, e.Source, e.Campaign, Metric.Views);
                        View(e);
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
                        // Attributed to the last article this visitor key viewed before subscribing, the same day.
                        if (_states.TryGetValue((e.Day, e.VisitorKey), out var state) && state.LastArticleId > 0)
                        {
                            Add(e.Day, state.LastArticleId, state.LastSource, state.LastCampaign, Metric.Signups);
                        }
                        else
                        {
                            Add(e.Day, 0, e.Source, e.Campaign, Metric.Signups);
                        }

                        break;
                }
            }
        }

        public async Task WriteAsync(TenantDbContext db, IDbContextTransaction transaction, CancellationToken cancellationToken)
        {
            var connection = db.Database.GetDbConnection();
            var tx = transaction.GetDbTransaction();
            await using (var upsert = Prepare(connection, tx, UpsertDaily, 13))
            {
                foreach (var ((day, article, source, campaign), f) in _daily)
                {
                    await ExecuteAsync(upsert, cancellationToken, day, article, source, campaign, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
                }
            }

            await using (var upsert = Prepare(connection, tx, UpsertArticleDaily, 8))
            {
                foreach (var g in _daily.GroupBy(d => (d.Key.Item1, d.Key.Item2)))
                {
                    var f = Total(g.Select(x => x.Value));
                    await ExecuteAsync(upsert, cancellationToken, g.Key.Item1, g.Key.Item2, f[0], f[1], f[3], f[4], f[5], f[6]);
                }
            }

            await using (var upsert = Prepare(connection, tx, UpsertSourceDaily, 7))
            {
                foreach (var g in _daily.GroupBy(d => (d.Key.Item1, d.Key.Item3)))
                {
                    var f = Total(g.Select(x => x.Value));
                    await ExecuteAsync(upsert, cancellationToken, g.Key.Item1, g.Key.Item2, f[0], f[1], f[3], f[4], f[5]);
                }
            }

            await using (var upsert = Prepare(connection, tx, UpsertVisitors, 5))
            {
                foreach (var ((day, scope, id), f) in _visitors)
                {
                    await ExecuteAsync(upsert, cancellationToken, day, scope, id, f[0], f[1]);
                }
            }

            await using (var upsert = Prepare(connection, tx, UpsertVisitorDay, 6))
            {
                foreach (var ((day, key), state) in _states.Where(s => s.Value.Changed))
                {
                    await ExecuteAsync(upsert, cancellationToken, day, key, state.ScopesText(), state.LastArticleId, state.LastSource, (object?)state.LastCampaign ?? DBNull.Value);
                }
            }
        }

        private void View(AnalyticsEventRecord e)
        {
            if (!_states.TryGetValue((e.Day, e.VisitorKey), out var state))
            {
                _states[(e.Day, e.VisitorKey)] = state = new VisitorState([], 0, 0, null);
            }

            // Yesterday's page views are either rolled up already (loaded) or earlier in this very batch.
            var yesterday = (e.Day.AddDays(-1), e.PreviousVisitorKey);
            var returning = e.PreviousVisitorKey != 0 && (_cameYesterday.Contains(yesterday) || _states.ContainsKey(yesterday));
            foreach (var scope in Scopes(e.ArticleId, e.Source))
            {
                if (state.Scopes.Add(scope))
                {
                    state.Changed = true;
                    var key = (e.Day, (int)scope.Kind, scope.Id);
                    if (!_visitors.TryGetValue(key, out var figures))
                    {
                        _visitors[key] = figures = new long[2];
                    }

                    figures[0]++;
                    figures[1] += returning ? 1 : 0;
                }
            }

            if (e.ArticleId > 0)
            {
                state.LastArticleId = e.ArticleId;
                state.LastSource = e.Source;
                state.LastCampaign = e.Campaign;
                state.Changed = true;
            }
        }

        private IEnumerable<(VisitorScope Kind, int Id)> Scopes(int articleId, int source)
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

        private void Add(DateOnly day, int article, int source, string? campaign, Metric metric, long amount = 1)
        {
            var key = (day, article, source, campaign ?? string.Empty);
            if (!_daily.TryGetValue(key, out var figures))
            {
                _daily[key] = figures = new long[(int)Metric.Count];
            }

            figures[(int)metric] += amount;
        }

        private static long[] Total(IEnumerable<long[]> rows)
        {
            var total = new long[(int)Metric.Count];
            foreach (var row in rows)
            {
                for (var i = 0; i < total.Length; i++)
                {
                    total[i] += row[i];
                }
            }

            return total;
        }

        private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, int parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < parameters; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
                command.Parameters.Add(parameter);
            }

            return command;
        }

        private static async Task ExecuteAsync(DbCommand command, CancellationToken cancellationToken, params object[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed class VisitorState(HashSet<(VisitorScope Kind, int Id)> scopes, int lastArticleId, int lastSource, string? lastCampaign)
    {
        public HashSet<(VisitorScope Kind, int Id)> Scopes { get; } = scopes;

        public int LastArticleId { get; set; } = lastArticleId;

        public int LastSource { get; set; } = lastSource;

        public string? LastCampaign { get; set; } = lastCampaign;

        public bool Changed { get; set; }

        public static VisitorState From(AnalyticsVisitorDayRecord row) => new(
            row.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split(':')).Select(p => ((VisitorScope)int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture))).ToHashSet(),
            row.LastArticleId,
            row.LastSource,
            row.LastCampaign);

        public string ScopesText() => string.Join(' ', Scopes.Select(s => string.Create(CultureInfo.InvariantCulture, $"{(int)s.Kind}:{s.Id}")));
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
