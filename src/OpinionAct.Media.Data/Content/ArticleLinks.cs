using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Content;

/// <summary>
/// Fills <see cref="ArticleRecord.Topics"/> and <see cref="ArticleRecord.Experts"/> (with their topic and expert) of
/// articles read without them, in two queries whatever their number: the site's cards and the admin's lists. Topics and
/// experts carry what bylines, cards and lists show (names and slugs), not descriptions, images or bios.
/// </summary>
internal static class ArticleLinks
{
    public static async Task LoadAsync(TenantDbContext db, IReadOnlyCollection<ArticleRecord> articles, CancellationToken cancellationToken)
    {
        var byId = articles.DistinctBy(a => a.Id).ToDictionary(a => a.Id);
        if (byId.Count == 0)
        {
            return;
        }

        var ids = byId.Keys.ToList();
        var queries = SiteQueries.For(db);
        var topics = await queries.TopicLinks(db, ids).ToListAsync(cancellationToken);
        var experts = await queries.ExpertLinks(db, ids).ToListAsync(cancellationToken);
        foreach (var article in byId.Values)
        {
            article.Topics = [];
            article.Experts = [];
        }

        foreach (var link in topics)
        {
            byId[link.ArticleId].Topics.Add(link);
        }

        foreach (var link in experts)
        {
            byId[link.ArticleId].Experts.Add(link);
        }

        // The same article may be listed twice (a home page's featured and latest cards): every copy gets its links.
        foreach (var article in articles)
        {
            var loaded = byId[article.Id];
            if (!ReferenceEquals(article, loaded))
            {
                article.Topics = loaded.Topics;
                article.Experts = loaded.Experts;
            }
        }
    }
}
