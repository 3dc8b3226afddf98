using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.CorrectionNotices;

namespace OpinionAct.Media.Data.Site;

public sealed partial class SiteStore
{
    /// <summary>When readers were first told of each correction of an article, by correction key (none: empty).</summary>
    public async Task<Dictionary<string, DateTime>> CorrectionsNotifiedAsync(int articleId, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        var rows = await db.Set<CorrectionNoticeRecord>().AsNoTracking().Where(n => n.ArticleId == articleId)
            .GroupBy(n => n.CorrectionKey).Select(g => new { g.Key, First = g.Min(n => n.CreatedUtc) }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => r.First, StringComparer.Ordinal);
    }
}
