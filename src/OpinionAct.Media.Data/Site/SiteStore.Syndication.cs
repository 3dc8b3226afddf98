using OpinionAct.Media.Data.Syndication;

namespace OpinionAct.Media.Data.Site;

public sealed partial class SiteStore
{
    /// <summary>Whom to credit when the article republishes an ally's (null for the hub's own articles).</summary>
    public async Task<SyndicatedCopyRecord?> SyndicatedOriginAsync(int articleId, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        return await SiteQueries.For(db).SyndicatedOrigin(db, articleId, cancellationToken);
    }
}
