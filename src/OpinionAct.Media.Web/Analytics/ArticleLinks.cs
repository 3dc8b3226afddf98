using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>Which topics and experts each article carries, as the roll-up and the insights need them.</summary>
public sealed class ArticleLinks
{
    private static readonly int[] None = [];

    private ArticleLinks(Dictionary<int, int[]> topics, Dictionary<int, int[]> experts)
    {
        Topics = topics;
        Experts = experts;
    }

    public IReadOnlyDictionary<int, int[]> Topics { get; }

    public IReadOnlyDictionary<int, int[]> Experts { get; }

    public int[] TopicsOf(int articleId) => Topics.GetValueOrDefault(articleId, None);

    public int[] ExpertsOf(int articleId) => Experts.GetValueOrDefault(articleId, None);

    public static async Task<ArticleLinks> LoadAsync(TenantDbContext db, CancellationToken cancellationToken)
    {
        var topics = await db.Set<Data.Content.ArticleTopicRecord>().AsNoTracking().Select(l => new { l.ArticleId, l.TopicId }).ToListAsync(cancellationToken);
        var experts = await db.Set<Data.Content.ArticleExpertRecord>().AsNoTracking().Select(l => new { l.ArticleId, l.ExpertId }).ToListAsync(cancellationToken);
        return new ArticleLinks(
            topics.GroupBy(l => l.ArticleId).ToDictionary(g => g.Key, g => g.Select(l => l.TopicId).Distinct().ToArray()),
            experts.GroupBy(l => l.ArticleId).ToDictionary(g => g.Key, g => g.Select(l => l.ExpertId).Distinct().ToArray()));
    }
}
