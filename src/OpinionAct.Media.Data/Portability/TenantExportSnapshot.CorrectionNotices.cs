using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.CorrectionNotices;
using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Data.Portability;

public sealed partial class TenantExportSnapshot
{
    /// <summary>Every correction notice sent, oldest first, with the article, newsletter and issue it names.</summary>
    public Task<List<ExportedCorrectionNotice>> CorrectionNoticesAsync(CancellationToken cancellationToken) =>
        (from notice in db.Set<CorrectionNoticeRecord>().AsNoTracking()
         join article in db.Set<ArticleRecord>() on notice.ArticleId equals article.Id
         join issue in db.Set<NewsletterIssueRecord>() on notice.SourceIssueId equals issue.Id
         join newsletter in db.Set<NewsletterRecord>() on issue.NewsletterId equals newsletter.Id
         orderby notice.CreatedUtc, notice.Id
         select new ExportedCorrectionNotice(
             article.Path,
             notice.CorrectionKey,
             newsletter.Slug,
             issue.Subject,
             issue.CompletedUtc ?? issue.QueuedUtc ?? issue.CreatedUtc,
             notice.CreatedUtc,
             notice.RecipientCount))
        .ToListAsync(cancellationToken);
}
