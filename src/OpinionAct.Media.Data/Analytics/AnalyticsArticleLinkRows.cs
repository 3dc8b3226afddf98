using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Analytics;

/// <summary>The topics and experts of every article, as the roll-up and the insights group figures by them.</summary>
public sealed record AnalyticsArticleLinkRows(IReadOnlyDictionary<int, int[]> Topics, IReadOnlyDictionary<int, int[]> Experts)
{
    public static async Task<AnalyticsArticleLinkRows> LoadAsync(TenantDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var topics = await db.Set<ArticleTopicRecord>().AsNoTracking().Select(l => new { l.ArticleId, l.TopicId }).ToListAsync(cancellationToken);
        var experts = await db.Set<ArticleExpertRecord>().AsNoTracking().Select(l => new { l.ArticleId, l.ExpertId }).ToListAsync(cancellationToken);
        return new AnalyticsArticleLinkRows(
            topics.GroupBy(l => l.ArticleId).ToDictionary(g => g.Key, g => g.Select(l => l.TopicId).Distinct().ToArray()),
            experts.GroupBy(l => l.ArticleId).ToDictionary(g => g.Key, g => g.Select(l => l.ExpertId).Distinct().ToArray()));
    }
}
