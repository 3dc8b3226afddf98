using OpinionAct.Media.Analytics;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Insights;

namespace OpinionAct.Media.Web.Insights.Demo;

public static partial class DemoHistoryGenerator
{
    /// <summary>Searches that find nothing on the demo hub, French and English, most asked first: its content gaps.</summary>
    private static readonly string[] Gaps =
    [
        "prime rénov 2027", "pompe à chaleur hybride", "heat pump noise", "batterie domestique", "agrivoltaïsme",
        "solar panel recycling", "bornes de recharge copropriété", "hydrogen boiler", "tarif tempo", "dpe location",
    ];

    /// <summary>The rows of every table, added up as the generator walks the days.</summary>
    private sealed class Accumulator
    {
        private readonly List<AnalyticsDailyRecord> _daily = [];
        private readonly Dictionary<(DateOnly, int), AnalyticsArticleDailyRecord> _articles = [];
        private readonly Dictionary<(DateOnly, int), AnalyticsSourceDailyRecord> _sources = [];
        private readonly List<AnalyticsVisitorsRecord> _visitors = [];
        private readonly Dictionary<(DateOnly, int), AnalyticsSearchDailyRecord> _searches = [];
        private readonly Dictionary<(DateOnly, string), AnalyticsSearchGapRecord> _gaps = [];
        private readonly Dictionary<(DateOnly, int, int), AnalyticsSignupDailyRecord> _signups = [];
        private readonly Dictionary<int, long> _dayViewsByArticle = [];
        private readonly Dictionary<int, long> _dayViewsBySource = [];

        /// <summary>One page's views of a day, split by source, with their attention, completion, shares and sign-ups.</summary>
        public void Page(DateOnly day, int articleId, long views, ArticleProfile profile, Random rng)
        {
            foreach (var (source, share, campaign) in Sources)
            {
                var count = Round(rng, views * share * Noise(rng, 0.2));
                if (count == 0)
                {
                    continue;
                }

                // Readers who came from the newsletter are mostly subscribed already; readers who clicked through the site read further.
                var completion = profile.Completion * (source == TrafficSource.Internal ? 1.15 : source == TrafficSource.Social ? 0.8 : 1);
                var row = new AnalyticsDailyRecord
                {
                    Day = day,
                    ArticleId = articleId,
                    Source = (int)source,
                    Campaign = campaign,
                    Views = count,
                    EngagedSeconds = Round(rng, count * profile.EngagedSeconds * Noise(rng, 0.1)),
                    Engagements = Round(rng, count * 0.92),
                    Completions = Math.Min(count, Round(rng, count * completion)),
                    Shares = Round(rng, count * 0.012),
                    Outbound = Round(rng, count * 0.03),
                };
                _daily.Add(row);
                Add(_articles, (day, articleId), () => new AnalyticsArticleDailyRecord { Day = day, ArticleId = articleId }, a =>
                {
                    a.Views += row.Views;
                    a.EngagedSeconds += row.EngagedSeconds;
                    a.Completions += row.Completions;
                    a.Shares += row.Shares;
                    a.Outbound += row.Outbound;
                });
                Add(_sources, (day, (int)source), () => new AnalyticsSourceDailyRecord { Day = day, Source = (int)source }, s =>
                {
                    s.Views += row.Views;
                    s.EngagedSeconds += row.EngagedSeconds;
                    s.Completions += row.Completions;
                    s.Shares += row.Shares;
                });
                _dayViewsByArticle[articleId] = _dayViewsByArticle.GetValueOrDefault(articleId) + count;
                _dayViewsBySource[(int)source] = _dayViewsBySource.GetValueOrDefault((int)source) + count;

                var accepted = Round(rng, count * profile.SignupsPerThousand / 1000 * (source == TrafficSource.Newsletter ? 0.3 : 1));
                if (accepted > 0)
                {
                    var confirmed = Enumerable.Range(0, (int)accepted).Count(_ => rng.NextDouble() < 0.72);
                    Add(_signups, (day, articleId, (int)source), () => new AnalyticsSignupDailyRecord { Day = day, ArticleId = articleId, Source = (int)source }, s =>
                    {
                        s.Accepted += accepted;
                        s.Confirmed += confirmed;
                    });
                }
            }
        }

        /// <summary>The day's daily uniques per scope, from its views: a reader sees a little more than one page of a scope a day.</summary>
        public void CloseDay(DateOnly day, IReadOnlyList<DemoArticle> articles, Dictionary<int, ArticleProfile> profiles, Random rng)
        {
            void Visitors(VisitorScope scope, int id, double views, double pagesPerVisitor, double returning)
            {
                var visitors = Round(rng, views / pagesPerVisitor);
                if (visitors > 0)
                {
                    _visitors.Add(new AnalyticsVisitorsRecord { Day = day, Scope = scope, ScopeId = id, Visitors = visitors, Returning = Math.Min(visitors, Round(rng, visitors * returning)) });
                }
            }

            var total = _dayViewsByArticle.Values.Sum();
            Visitors(VisitorScope.Site, 0, total, 1.6, 0.21);
            foreach (var (source, views) in _dayViewsBySource)
            {
                var returning = (TrafficSource)source switch { TrafficSource.Direct => 0.34, TrafficSource.Newsletter => 0.52, TrafficSource.Internal => 0.3, _ => 0.1 };
                Visitors(VisitorScope.Source, source, views, 1.35, returning);
            }

            foreach (var article in articles)
            {
                var views = _dayViewsByArticle.GetValueOrDefault(article.Id);
                Visitors(VisitorScope.Article, article.Id, views, 1.12, profiles[article.Id].Returning);
            }

            foreach (var (scope, groups) in new[] { (VisitorScope.Topic, articles.SelectMany(a => a.Topics.Select(t => (Id: t, Article: a.Id)))), (VisitorScope.Expert, articles.SelectMany(a => a.Experts.Select(e => (Id: e, Article: a.Id)))) })
            {
                foreach (var group in groups.GroupBy(g => g.Id))
                {
                    var views = group.Sum(g => _dayViewsByArticle.GetValueOrDefault(g.Article));
                    var returning = group.Average(g => profiles[g.Article].Returning);
                    Visitors(scope, group.Key, views, 1.25, returning);
                }
            }

            _dayViewsByArticle.Clear();
            _dayViewsBySource.Clear();
        }

        /// <summary>The day's searches: most find an article (the more read, the more often first); some find nothing.</summary>
        public void Searches(DateOnly day, long count, List<(int Id, double Weight)> articles, Random rng)
        {
            var weights = articles.Sum(a => a.Weight);
            for (var i = 0; i < count; i++)
            {
                var top = 0;
                if (articles.Count > 0 && rng.NextDouble() >= 0.16)
                {
                    var pick = rng.NextDouble() * weights;
                    top = articles[^1].Id;
                    foreach (var (id, weight) in articles)
                    {
                        if ((pick -= weight) <= 0)
                        {
                            top = id;
                            break;
                        }
                    }
                }

                var zero = top == 0;
                Add(_searches, (day, top), () => new AnalyticsSearchDailyRecord { Day = day, TopArticleId = top }, s =>
                {
                    s.Searches++;
                    s.ZeroResults += zero ? 1 : 0;
                });
                if (zero)
                {
                    // The first gaps are asked far more often than the last (a long tail).
                    var query = Gaps[(int)Math.Min(Gaps.Length - 1, Math.Floor(Math.Pow(rng.NextDouble(), 2) * Gaps.Length))];
                    Add(_gaps, (day, query), () => new AnalyticsSearchGapRecord { Day = day, Query = query }, g => g.Searches++);
                }
            }
        }

        public DemoHistoryRows Build(DateOnly from, DateOnly to) => new(
            from,
            to,
            _daily,
            [.. _articles.Values],
            [.. _sources.Values],
            _visitors,
            [.. _searches.Values],
            [.. _gaps.Values],
            [.. _signups.Values]);

        private static void Add<TKey, TRow>(Dictionary<TKey, TRow> rows, TKey key, Func<TRow> create, Action<TRow> add)
            where TKey : notnull
        {
            if (!rows.TryGetValue(key, out var row))
            {
                rows[key] = row = create();
            }

            add(row);
        }
    }
}
