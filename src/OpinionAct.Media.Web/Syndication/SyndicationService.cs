using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Syndication;
using OpinionAct.Media.Syndication;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Syndication;

/// <summary>
/// Offers between allied hubs, seen from the current hub: it offers its own published articles (read in its own
/// database, copied as a snapshot into the host database) and decides on the offers addressed to it (the copy is
/// written in its own database by <see cref="SyndicationCopier"/>). It never opens another hub's database.
/// </summary>
public sealed class SyndicationService(
    TenantContext tenant,
    AllianceStore alliances,
    SyndicationOfferStore offers,
    SyndicatedCopyStore copies,
    ArticleStore articles,
    ITenantStore tenants,
    SyndicationCopier copier,
    TimeProvider clock,
    ILogger<SyndicationService> logger)
{
    private string Me => tenant.Tenant.Name;

    public Task<List<SyndicationOfferRecord>> InboxAsync(CancellationToken cancellationToken) => offers.InboxAsync(Me, cancellationToken);

    public Task<List<SyndicationOfferRecord>> SentAsync(CancellationToken cancellationToken) => offers.SentAsync(Me, cancellationToken);

    public Task<List<string>> AlliesAsync(CancellationToken cancellationToken) => alliances.AlliesAsync(Me, cancellationToken);

    /// <summary>Offers a published article of this hub to an allied hub.</summary>
    /// <param name="baseUrl">This hub's public root (<c>PublicOrigins.BaseUrl</c>), the start of the original's URL.</param>
    /// <exception cref="MediaValidationException">Not an ally, this hub itself, an unknown hub, an unpublished article, a copy, or an offer already open.</exception>
    /// <exception cref="ContentNotFoundException">No such article on this hub.</exception>
    public async Task<SyndicationOfferRecord> OfferAsync(int articleId, string? ally, string? by, string baseUrl, CancellationToken cancellationToken)
    {
        var to = ally?.Trim() ?? string.Empty;
        await AllianceService.CheckOtherHubAsync(tenants, Me, to, cancellationToken);
        if (await alliances.OpenAsync(Me, to, cancellationToken) is not { State: (int)AllianceState.Active })
        {
            throw new MediaValidationException($"The hub '{to}' is not an ally of this hub: both hubs' Admins must agree to an alliance before articles are offered.");
        }

        var article = await articles.FindAsync(articleId, cancellationToken) ?? throw new ContentNotFoundException($"Article {articleId} does not exist.");
        if (article.Status != (int)ArticleStatus.Published)
        {
            throw new MediaValidationException("Only a published article can be offered to an ally: publish it first.");
        }

        if (await copies.IsCopyAsync(articleId, cancellationToken))
        {
            throw new MediaValidationException("This article is republished from an ally: only the hub that first published it can offer it.");
        }

        if (await offers.OpenExistsAsync(Me, articleId, to, cancellationToken))
        {
            throw new MediaValidationException($"This article was already offered to '{to}': its offer is waiting or accepted.");
        }

        var snapshot = SyndicationSnapshots.Of(article);
        var now = clock.GetUtcNow().UtcDateTime;
        var offer = new SyndicationOfferRecord
        {
            FromTenant = Me,
            ToTenant = to,
            OriginalArticleId = articleId,
            State = (int)OfferState.Offered,
            OriginHub = TextLimit.Cut(tenant.Tenant.DisplayName, 200),
            OriginBaseUrl = baseUrl.TrimEnd('/'),
            OriginalUrl = SyndicationSnapshots.Url(baseUrl, snapshot),
            SnapshotJson = SyndicationSnapshots.Write(snapshot),
            Fingerprint = snapshot.Fingerprint(),
            SnapshotVersion = 1,
            OfferedUtc = now,
            OfferedBy = by is null ? null : TextLimit.Cut(by, 256),
            UpdatedUtc = now,
        };
        await offers.AddAsync(offer, cancellationToken);
        logger.Offered(Me, articleId, to, offer.Id);
        return offer;
    }

    /// <summary>Accepts an offer addressed to this hub: the copy is published here at once, with attribution and a canonical link.</summary>
    /// <param name="topic">One of this hub's topic slugs for the copy, or none.</param>
    /// <returns>The copy's id.</returns>
    public async Task<int> AcceptAsync(long offerId, string? topic, string? by, CancellationToken cancellationToken)
    {
        var offer = await MineAsync(offerId, cancellationToken);
        await CheckWaitingAsync(offer, cancellationToken);
        var snapshot = SyndicationSnapshots.Read(offer.SnapshotJson);
        if (!snapshot.Public)
        {
            throw new MediaValidationException($"The original is no longer published on '{offer.FromTenant}': the offer can be accepted once it is published again.");
        }

        if (!await offers.ClaimAsync(offerId, Me, by is null ? null : TextLimit.Cut(by, 256), clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            // Someone else decided meanwhile: say what happened, from the offer as it is now.
            await CheckWaitingAsync(await MineAsync(offerId, cancellationToken), cancellationToken);
            throw new MediaValidationException("This offer was already accepted: its copy is on this hub.");
        }

        int copyId;
        try
        {
            copyId = await copier.CreateAsync(offerId, offer.OriginHub, offer.OriginalUrl, snapshot, string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(), cancellationToken);
        }
        catch (Exception ex)
        {
            // Nothing was written on this hub (one transaction): the offer waits again, so it can be accepted later.
            logger.CopyFailed(ex, offerId, Me);
            await offers.ReleaseAsync(offerId, CancellationToken.None);
            throw;
        }

        await offers.AppliedAsync(offerId, copyId, offer.SnapshotVersion, cancellationToken);
        logger.OfferAccepted(offerId, Me, copyId);
        return copyId;
    }

    public async Task DeclineAsync(long offerId, string? by, CancellationToken cancellationToken)
    {
        var offer = await MineAsync(offerId, cancellationToken);
        await CheckWaitingAsync(offer, cancellationToken);
        if (!await offers.DeclineAsync(offerId, Me, by is null ? null : TextLimit.Cut(by, 256), clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            await CheckWaitingAsync(await MineAsync(offerId, cancellationToken), cancellationToken);
        }

        logger.OfferDeclined(offerId, Me);
    }

    // An offer addressed to another hub does not exist for this one.
    private async Task<SyndicationOfferRecord> MineAsync(long offerId, CancellationToken cancellationToken) =>
        await offers.FindAsync(offerId, cancellationToken) is { } offer && offer.ToTenant == Me
            ? offer
            : throw new ContentNotFoundException($"Offer {offerId} does not exist.");

    private async Task CheckWaitingAsync(SyndicationOfferRecord offer, CancellationToken cancellationToken)
    {
        switch ((OfferState)offer.State)
        {
            case OfferState.Accepted:
                throw new MediaValidationException("This offer was already accepted: its copy is on this hub.");
            case OfferState.Declined:
                throw new MediaValidationException("This offer was declined: the hub that sent it can offer the article again.");
            case OfferState.OriginalDeleted:
                throw new MediaValidationException("The original article was deleted on the hub that offered it: there is nothing left to republish.");
            case OfferState.AllianceEnded:
                throw new MediaValidationException("The alliance with the hub that sent this offer has ended: the offer can no longer be accepted.");
        }

        if (await tenants.FindAsync(offer.FromTenant, cancellationToken) is null)
        {
            throw new MediaValidationException("The original article was deleted on the hub that offered it: there is nothing left to republish.");
        }

        if (await alliances.OpenAsync(Me, offer.FromTenant, cancellationToken) is not { State: (int)AllianceState.Active })
        {
            throw new MediaValidationException("The alliance with the hub that sent this offer has ended: the offer can no longer be accepted.");
        }
    }
}
