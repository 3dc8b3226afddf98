using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Syndication;
using OpinionAct.Media.Syndication;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Syndication;

/// <summary>
/// Writes the receiving hub's copy of an ally's article, in the receiving hub's own scope and database, from the
/// snapshot the host database carries: the copy is an ordinary article of this hub (its own readers, its own insights,
/// its own search index), with a canonical link to the original and a <see cref="SyndicatedCopyRecord"/> saying whom to
/// credit. Each write is one transaction of this hub's database; the change listeners hear it once committed.
/// </summary>
public sealed class SyndicationCopier(
    ArticleService articles,
    ArticleStore store,
    SyndicatedCopyStore copies,
    ContentUnit unit,
    TenantContext tenant,
    TimeProvider clock,
    IEnumerable<IContentChangeListener> listeners)
{
    /// <summary>Creates and publishes the copy; returns its id.</summary>
    public async Task<int> CreateAsync(long offerId, string originHub, string originalUrl, SyndicationSnapshot snapshot, string? topic, CancellationToken cancellationToken)
    {
        var actor = Actor(originHub);
        var path = await FreePathAsync(snapshot.Path, offerId, cancellationToken);
        var draft = Apply(new ArticleDraft { Title = snapshot.Title, Path = path, Topics = topic is { Length: > 0 } ? [topic] : [] }, snapshot, originalUrl);
        var id = await InTransactionAsync(async () =>
        {
            var copy = await articles.CreateAsync(draft, actor, cancellationToken);
            await articles.PublishAsync(copy.Id, actor, null, cancellationToken);
            await copies.SetAsync(Record(copy.Id, offerId, originHub, originalUrl, snapshot), cancellationToken);
            return copy.Id;
        }, cancellationToken);
        return id;
    }

    /// <summary>
    /// Brings the copy to the original's snapshot: words, sources, corrections and fact-checks; this hub's own choices
    /// (path, topics, SEO fields, featured) stay. An unpublished original unpublishes the copy (back to draft), and its
    /// republication republishes it; a copy this hub archived stays archived. False when the copy no longer exists.
    /// </summary>
    public async Task<bool> UpdateAsync(int copyId, long offerId, string originHub, string originalUrl, SyndicationSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(copyId, cancellationToken) is not { } copy)
        {
            return false;
        }

        var actor = Actor(originHub);
        var draft = Apply(ArticleService.ToDraft(copy), snapshot, originalUrl);
        await InTransactionAsync(async () =>
        {
            await articles.SaveAsync(copyId, draft, actor, cancellationToken, $"updated from the original on {originHub}");
            var status = (ArticleStatus)copy.Status;
            if (!snapshot.Public && status is ArticleStatus.Published or ArticleStatus.Scheduled)
            {
                await articles.UnpublishAsync(copyId, actor, cancellationToken);
            }
            else if (snapshot.Public && status == ArticleStatus.Draft)
            {
                await articles.PublishAsync(copyId, actor, null, cancellationToken);
            }

            await copies.SetAsync(Record(copyId, offerId, originHub, originalUrl, snapshot), cancellationToken);
            return copyId;
        }, cancellationToken);
        return true;
    }

    /// <summary>The original was deleted: the copy leaves the site (archived, so this hub's editors still see what it was).</summary>
    public async Task RetireAsync(int copyId, string originHub, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(copyId, cancellationToken) is { Status: (int)ArticleStatus.Published or (int)ArticleStatus.Scheduled or (int)ArticleStatus.Draft })
        {
            await articles.ArchiveAsync(copyId, Actor(originHub), cancellationToken);
        }
    }

    private static ContentActor Actor(string originHub) =>
        new(null, new HashSet<string>(StringComparer.Ordinal) { ContentActor.Admin }) { Name = TextLimit.Cut($"{originHub} (syndication)", 200) };

    private static ArticleDraft Apply(ArticleDraft draft, SyndicationSnapshot snapshot, string originalUrl) => draft with
    {
        Title = snapshot.Title,
        Dek = snapshot.Dek,
        Body = snapshot.Body,
        Language = snapshot.Language,
        CoverImage = snapshot.CoverUrl,
        CoverAlt = snapshot.CoverAlt,
        CanonicalUrl = originalUrl,
        Sources = ContentJson.Sources(snapshot.SourcesJson),
        Corrections = ContentJson.Corrections(snapshot.CorrectionsJson),
        ClaimReviews = ContentJson.ClaimReviews(snapshot.ClaimReviewsJson),
    };

    private SyndicatedCopyRecord Record(int copyId, long offerId, string originHub, string originalUrl, SyndicationSnapshot snapshot) => new()
    {
        ArticleId = copyId,
        OfferId = offerId,
        OriginHub = TextLimit.Cut(originHub, 200),
        OriginalUrl = originalUrl,
        OriginalPublishedUtc = snapshot.PublishedUtc,
        Authors = snapshot.Authors,
        UpdatedUtc = clock.GetUtcNow().UtcDateTime,
    };

    // The original's path when this hub does not use it; otherwise one made unique with the offer's number.
    private async Task<string> FreePathAsync(string path, long offerId, CancellationToken cancellationToken)
    {
        var candidate = path.Trim('/');
        if (candidate.Length > 0 && !await store.PathUsedAsync(candidate, null, cancellationToken))
        {
            return candidate;
        }

        return $"{(candidate.Length > 0 ? candidate : "article")}-{offerId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    // The article, its revision, its state change and the copy record commit together; listeners hear it afterwards
    // (inside the transaction the article service stays silent, as it does in a recipe).
    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var result = await copies.InTransactionAsync(work, cancellationToken);
        await ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);
        return result;
    }
}
