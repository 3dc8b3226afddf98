using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Site;

public sealed partial class SiteRequest
{
    /// <summary>The corrections log with, on each correction readers were told of, the day of the first notice.</summary>
    public List<CorrectionView> NotifiedCorrections(ArticleRecord article, IReadOnlyDictionary<string, DateTime> notified) =>
        ContentJson.Corrections(article.CorrectionsJson).Select(c =>
        {
            var view = new CorrectionView(Dates.Iso(c.Date.UtcDateTime), Dates.Display(c.Date.UtcDateTime), c.Text);
            return notified.TryGetValue(CorrectionKeys.Of(c), out var at) ? view with { NotifiedIso = Dates.Iso(at), NotifiedDisplay = Dates.Display(at) } : view;
        }).ToList();
}
