using OpinionAct.Media.Data.Analytics;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>Which topics and experts each article carries, as the roll-up and the insights need them.</summary>
public sealed class ArticleLinks
{
    private static readonly int[] None = [];

    private ArticleLinks(AnalyticsArticleLinkRows rows)
    {
        Topics = rows.Topics;
        Experts = rows.Experts;
    }

    public IReadOnlyDictionary<int, int[]> Topics { get; }

    public IReadOnlyDictionary<int, int[]> Experts { get; }

    public int[] TopicsOf(int articleId) => Topics.GetValueOrDefault(articleId, None);

    public int[] ExpertsOf(int articleId) => Experts.GetValueOrDefault(articleId, None);

    public static ArticleLinks From(AnalyticsArticleLinkRows rows) => new(rows);
}
