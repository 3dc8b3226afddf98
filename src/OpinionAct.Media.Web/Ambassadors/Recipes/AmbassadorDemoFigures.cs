using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.Data.Analytics;

namespace OpinionAct.Media.Web.Ambassadors.Recipes;

/// <summary>
/// An ambassador's share of the demo hub's generated history: of each day's views of each article, about
/// <c>share</c> are counted as arriving through their link, with the article's own engagement and completion per view,
/// and a sign-up now and then. Deterministic per seed, so the same recipe gives the same figures.
/// </summary>
internal static class AmbassadorDemoFigures
{
    public static (List<AmbassadorDailyRecord> Rows, List<AnalyticsVisitorsRecord> Visitors) From(IReadOnlyList<AnalyticsArticleDailyRecord> generated, int ambassadorId, double share, int seed)
    {
        var random = new Random(seed);

        // An ambassador shares a handful of articles, not the whole hub: the five most read ones.
        var shared = generated.GroupBy(g => g.ArticleId).OrderByDescending(g => g.Sum(x => x.Views)).ThenBy(g => g.Key).Take(5).Select(g => g.Key).ToHashSet();
        var rows = new List<AmbassadorDailyRecord>();
        foreach (var day in generated.Where(g => shared.Contains(g.ArticleId) && g.Views > 0).OrderBy(g => g.Day).ThenBy(g => g.ArticleId))
        {
            var views = (long)Math.Floor(day.Views * share * (0.5 + random.NextDouble()));
            if (views == 0)
            {
                continue;
            }

            rows.Add(new AmbassadorDailyRecord
            {
                Day = day.Day,
                AmbassadorId = ambassadorId,
                ArticleId = day.ArticleId,
                Views = views,
                EngagedSeconds = day.EngagedSeconds * views / day.Views,
                Completions = day.Completions * views / day.Views,
                SignupsAccepted = random.NextDouble() < 0.03 * views ? 1 : 0,
            });
        }

        foreach (var row in rows.Where(r => r.SignupsAccepted > 0))
        {
            row.SignupsConfirmed = random.NextDouble() < 0.75 ? 1 : 0;
        }

        // Readers per day: most come once, a few read two of the shared articles.
        var visitors = rows.GroupBy(r => r.Day).Select(g => new AnalyticsVisitorsRecord
        {
            Day = g.Key,
            Scope = VisitorScope.Ambassador,
            ScopeId = ambassadorId,
            Visitors = Math.Max(1, (long)Math.Round(g.Sum(r => r.Views) * 0.85)),
        }).ToList();
        return (rows, visitors);
    }
}
