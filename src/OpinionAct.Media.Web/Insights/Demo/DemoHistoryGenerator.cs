using OpinionAct.Media.Analytics;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Insights;

namespace OpinionAct.Media.Web.Insights.Demo;

/// <summary>
/// Makes a plausible audience history for the demo hub, deterministically from a seed: a weekday rhythm (quieter
/// weekends) on a slowly growing trend, topics that differ in reach, attention, completion, loyalty and sign-ups,
/// articles of unequal popularity, six kinds of source, a funnel from views to read pages to accepted then confirmed
/// sign-ups, and searches of which some find nothing (in French and English). The rows are the roll-up's own, so the
/// insights read them as they read real figures.
/// </summary>
public static partial class DemoHistoryGenerator
{
    /// <summary>Share of page views per source: direct, search engine, social, newsletter, other site, internal.</summary>
    private static readonly (TrafficSource Source, double Share, string Campaign)[] Sources =
    [
        (TrafficSource.Direct, 0.24, string.Empty),
        (TrafficSource.SearchEngine, 0.33, string.Empty),
        (TrafficSource.Social, 0.11, string.Empty),
        (TrafficSource.Newsletter, 0.09, "lettre-hebdo"),
        (TrafficSource.OtherSite, 0.07, string.Empty),
        (TrafficSource.Internal, 0.16, string.Empty),
    ];

    /// <summary>Quieter weekends: Sunday first, as <see cref="DayOfWeek"/> counts.</summary>
    private static readonly double[] Weekday = [0.58, 1.08, 1.12, 1.06, 1.02, 0.9, 0.52];

    /// <summary>
    /// The history of the <paramref name="days"/> days before <paramref name="today"/> (today itself stays for real
    /// readers). <paramref name="nonArticleViews"/> is the share of views on pages that are not articles (home, topics...).
    /// </summary>
    public static DemoHistoryRows Generate(DateOnly today, int days, int seed, IReadOnlyList<DemoArticle> articles, double baseDailyViews = 260, double nonArticleViews = 0.28)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var rng = new Random(seed);
        var from = today.AddDays(-days);
        var to = today.AddDays(-1);
        var topics = articles.SelectMany(a => a.Topics).Distinct().Order().ToDictionary(t => t, _ => TopicProfile.Draw(rng));
        var profiles = articles.ToDictionary(a => a.Id, a => ArticleProfile.Of(a, topics, rng));
        var weightSum = profiles.Values.Sum(p => p.Weight);
        var rows = new Accumulator();

        for (var i = 0; i < days; i++)
        {
            var day = from.AddDays(i);
            var trend = 0.8 + (0.4 * i / Math.Max(1, days - 1));
            var siteViews = baseDailyViews * trend * Weekday[(int)day.DayOfWeek] * Noise(rng, 0.12);
            var articleViews = siteViews * (1 - nonArticleViews);

            // Pages that are not articles: views and sources only (no reading figures, no sign-up attribution).
            rows.Page(day, 0, Round(rng, siteViews * nonArticleViews), new ArticleProfile(0, [], [], 0, 45, 0.1, 0.18, 1.5), rng);
            foreach (var article in articles)
            {
                var profile = profiles[article.Id];
                rows.Page(day, article.Id, Round(rng, articleViews * profile.Weight / weightSum * Noise(rng, 0.25)), profile, rng);
            }

            rows.CloseDay(day, articles, profiles, rng);
            rows.Searches(day, Round(rng, siteViews * 0.045), articles.Select(a => (a.Id, profiles[a.Id].Weight)).ToList(), rng);
        }

        return rows.Build(from, to);
    }

    /// <summary>A multiplicative wiggle around 1 (± <paramref name="spread"/>).</summary>
    private static double Noise(Random rng, double spread) => 1 + ((rng.NextDouble() * 2) - 1) * spread;

    /// <summary>Rounds at random, so small expected counts still add up right over many days.</summary>
    private static long Round(Random rng, double expected)
    {
        if (expected <= 0)
        {
            return 0;
        }

        var whole = Math.Floor(expected);
        return (long)whole + (rng.NextDouble() < expected - whole ? 1 : 0);
    }

    /// <summary>How a topic's readers behave: reach, attention, completion, loyalty and sign-ups per 1,000 views.</summary>
    private sealed record TopicProfile(double Reach, double EngagedSeconds, double Completion, double Returning, double SignupsPerThousand)
    {
        public static TopicProfile Draw(Random rng) => new(
            0.4 + (rng.NextDouble() * 1.6),
            40 + (rng.NextDouble() * 130),
            0.18 + (rng.NextDouble() * 0.45),
            0.08 + (rng.NextDouble() * 0.3),
            1 + (rng.NextDouble() * 9));
    }

    /// <summary>One article's draw: its popularity weight and the averages of its topics, varied a little.</summary>
    private sealed record ArticleProfile(int Id, int[] Topics, int[] Experts, double Weight, double EngagedSeconds, double Completion, double Returning, double SignupsPerThousand)
    {
        public static ArticleProfile Of(DemoArticle article, Dictionary<int, TopicProfile> topics, Random rng)
        {
            var own = article.Topics.Select(t => topics[t]).ToList();
            double Mean(Func<TopicProfile, double> value, double fallback) => own.Count == 0 ? fallback : own.Average(value);

            // A few articles draw most readers (a long tail), scaled by their topics' reach.
            var popularity = Math.Pow(rng.NextDouble(), 2.2) + 0.05;
            return new ArticleProfile(
                article.Id,
                article.Topics,
                article.Experts,
                popularity * Mean(t => t.Reach, 0.6),
                Mean(t => t.EngagedSeconds, 70) * Noise(rng, 0.15),
                Math.Clamp(Mean(t => t.Completion, 0.3) * Noise(rng, 0.15), 0.05, 0.9),
                Mean(t => t.Returning, 0.15),
                Mean(t => t.SignupsPerThousand, 3) * Noise(rng, 0.2));
        }
    }
}
