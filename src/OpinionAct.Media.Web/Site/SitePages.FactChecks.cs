using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Content;

namespace OpinionAct.Media.Web.Site;

/// <summary>A topic page's list of fact-checks (issue 18): the claims its articles reviewed, each linking to its review.</summary>
public sealed partial class SitePages
{
    private const int FactChecksShown = 20;

    private async Task<IReadOnlyList<ClaimReviewView>> TopicFactChecksAsync(SiteRequest site, IReadOnlyCollection<int> topicIds, CancellationToken ct)
    {
        var articles = await store.FactCheckedAsync(topicIds, FactChecksShown, ct);
        return articles
            .SelectMany(a => site.ClaimReviews(ContentJson.ClaimReviews(a.ClaimReviewsJson), new LinkView(a.Title, site.Urls.Article(a.Path))))
            .Take(FactChecksShown)
            .ToList();
    }
}
