using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Data.Site;

public sealed partial class SiteStore
{
    /// <summary>
    /// The published articles of the given topics that carry fact-checks, newest first, with only what a topic page's
    /// list needs (path, title, the fact-checks' JSON).
    /// </summary>
    public async Task<List<ArticleRecord>> FactCheckedAsync(IReadOnlyCollection<int> topicIds, int take, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        var rows = await Published()
            .Where(a => a.ClaimReviewsJson != "[]" && a.Topics.Any(t => topicIds.Contains(t.TopicId)))
            .OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id)
            .Take(take)
            .Select(a => new { a.Id, a.Path, a.Title, a.ClaimReviewsJson, a.PublishedUtc })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new ArticleRecord { Id = r.Id, Path = r.Path, Title = r.Title, ClaimReviewsJson = r.ClaimReviewsJson, PublishedUtc = r.PublishedUtc, Status = (int)ArticleStatus.Published });
    }
}
