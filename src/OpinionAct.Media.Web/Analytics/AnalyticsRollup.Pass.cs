using System.Globalization;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.Data.Analytics;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>One roll-up pass: the figures of a batch of events, computed in memory, then handed to the store.</summary>
public sealed partial class AnalyticsRollup
{
    /// <summary>The figures of one batch of events, computed in memory (<see cref="Figures"/>).</summary>
    private sealed class Pass(ArticleLinks links)
    {
        private readonly Dictionary<(DateOnly, int, int, string), long[]> _daily = [];
        private readonly Dictionary<(DateOnly, int, int), long[]> _visitors = [];
        private readonly Dictionary<(DateOnly Day, long Key), VisitorState> _states = [];
        private readonly HashSet<(DateOnly Day, long Key)> _cameYesterday = [];
        private readonly Dictionary<(DateOnly Day, int Ambassador, int Article), AmbassadorDailyRecord> _ambassadors = [];

        public async Task LoadVisitorsAsync(AnalyticsRollupSession session, List<AnalyticsEventRecord> events, CancellationToken cancellationToken)
        {
            foreach (var day in events.GroupBy(e => e.Day))
            {
                var keys = day.Select(e => e.VisitorKey).Distinct().ToList();
                foreach (var row in await session.VisitorDaysAsync(day.Key, keys, cancellationToken))
                {
                    _states[(row.Day, row.VisitorKey)] = VisitorState.From(row);
                }

                // Returning: the same reader (their key under yesterday's salt) viewed a page yesterday.
                var yesterday = day.Key.AddDays(-1);
                var previous = day.Where(e => e.PreviousVisitorKey != 0).Select(e => e.PreviousVisitorKey).Distinct().ToList();
                var found = await session.VisitorKeysSeenAsync(yesterday, previous, cancellationToken);
                _cameYesterday.UnionWith(found.Select(k => (yesterday, k)));
            }
        }

        public void Apply(List<AnalyticsEventRecord> events)
        {
            foreach (var e in events)
            {
                if (e.AmbassadorId > 0)
                {
                    Ambassador(e);
                }

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
                        // Not counted: a form's submit event says nothing of whether the server accepted the signup. The
                        // server counts accepted and confirmed sign-ups itself (AnalyticsSignupDaily); older trackers still
                        // cached in browsers may send this event for a while, and it is kept as a raw event only.
                        break;
                }
            }
        }

        /// <summary>The pass's figures, to add to the stored ones, and the visitors' state that changed.</summary>
        public AnalyticsRollupFigures Figures()
        {
            var daily = _daily.Select(d => new AnalyticsDailyRecord
            {
                Day = d.Key.Item1,
                ArticleId = d.Key.Item2,
                Source = d.Key.Item3,
                Campaign = d.Key.Item4,
                Views = d.Value[(int)Metric.Views],
                EngagedSeconds = d.Value[(int)Metric.EngagedSeconds],
                Engagements = d.Value[(int)Metric.Engagements],
                Completions = d.Value[(int)Metric.Completions],
                Signups = d.Value[(int)Metric.Signups],
                Shares = d.Value[(int)Metric.Shares],
                Outbound = d.Value[(int)Metric.Outbound],
                Searches = d.Value[(int)Metric.Searches],
                SearchClicks = d.Value[(int)Metric.SearchClicks],
            }).ToList();
            var articles = _daily.GroupBy(d => (d.Key.Item1, d.Key.Item2)).Select(g =>
            {
                var f = Total(g.Select(x => x.Value));
                return new AnalyticsArticleDailyRecord
                {
                    Day = g.Key.Item1,
                    ArticleId = g.Key.Item2,
                    Views = f[(int)Metric.Views],
                    EngagedSeconds = f[(int)Metric.EngagedSeconds],
                    Completions = f[(int)Metric.Completions],
                    Signups = f[(int)Metric.Signups],
                    Shares = f[(int)Metric.Shares],
                    Outbound = f[(int)Metric.Outbound],
                };
            }).ToList();
            var sources = _daily.GroupBy(d => (d.Key.Item1, d.Key.Item3)).Select(g =>
            {
                var f = Total(g.Select(x => x.Value));
                return new AnalyticsSourceDailyRecord
                {
                    Day = g.Key.Item1,
                    Source = g.Key.Item2,
                    Views = f[(int)Metric.Views],
                    EngagedSeconds = f[(int)Metric.EngagedSeconds],
                    Completions = f[(int)Metric.Completions],
                    Signups = f[(int)Metric.Signups],
                    Shares = f[(int)Metric.Shares],
                };
            }).ToList();
            var visitors = _visitors.Select(v => new AnalyticsVisitorsRecord
            {
                Day = v.Key.Item1,
                Scope = (VisitorScope)v.Key.Item2,
                ScopeId = v.Key.Item3,
                Visitors = v.Value[0],
                Returning = v.Value[1],
            }).ToList();
            var states = _states.Where(s => s.Value.Changed).Select(s => new AnalyticsVisitorDayRecord
            {
                Day = s.Key.Day,
                VisitorKey = s.Key.Key,
                Scopes = s.Value.ScopesText(),
                LastArticleId = s.Value.LastArticleId,
                LastSource = s.Value.LastSource,
                LastCampaign = s.Value.LastCampaign,
            }).ToList();
            return new AnalyticsRollupFigures(daily, articles, sources, visitors, states) { AmbassadorDaily = [.. _ambassadors.Values] };
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
            foreach (var scope in Scopes(e.ArticleId, e.Source, e.AmbassadorId))
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

        /// <summary>An event that came through an ambassador's link adds to their figures, by day and article.</summary>
        private void Ambassador(AnalyticsEventRecord e)
        {
            var key = (e.Day, e.AmbassadorId, e.ArticleId);
            if (!_ambassadors.TryGetValue(key, out var row))
            {
                _ambassadors[key] = row = new AmbassadorDailyRecord { Day = e.Day, AmbassadorId = e.AmbassadorId, ArticleId = e.ArticleId };
            }

            switch ((EventType)e.Type)
            {
                case EventType.PageView:
                    row.Views++;
                    break;
                case EventType.Engagement:
                    row.EngagedSeconds += e.EngagedSeconds;
                    row.Completions += e.ScrollDepth >= CompletionDepth ? 1 : 0;
                    break;
                case EventType.Share:
                    row.Shares++;
                    break;
            }
        }

        private IEnumerable<(VisitorScope Kind, int Id)> Scopes(int articleId, int source, int ambassadorId)
        {
            yield return (VisitorScope.Site, 0);
            yield return (VisitorScope.Source, source);
            if (ambassadorId > 0)
            {
                yield return (VisitorScope.Ambassador, ambassadorId);
            }

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
