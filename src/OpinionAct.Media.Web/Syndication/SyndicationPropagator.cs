using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Syndication;
using OpinionAct.Media.Syndication;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Syndication;

/// <summary>
/// Makes copies follow their original. After a hub's content changed (a save, a publication, a correction, an
/// unpublication, a deletion), it reads that hub's offered originals in that hub's own scope, writes a new snapshot to
/// the host database when one changed, and has each ally's copy brought up to date in the ally's own scope
/// (<see cref="SyndicationCopier"/>). A hub with nothing offered costs one host query per change. A copy a failure left
/// behind is caught up at the original's next change (the host keeps the version each copy shows).
/// </summary>
internal sealed class SyndicationPropagator(IServiceProvider services, SyndicationOfferStore offers, ITenantStore tenants, TimeProvider clock, ILogger<SyndicationPropagator> logger) : IContentChangeListener
{
    public async Task OnContentChangedAsync(string tenant, CancellationToken cancellationToken)
    {
        var following = await offers.FollowingFromAsync(tenant, cancellationToken);
        if (following.Count == 0 || await tenants.FindAsync(tenant, cancellationToken) is not { } origin)
        {
            return;
        }

        var originals = await ReadOriginalsAsync(origin, following.Select(o => o.OriginalArticleId).Distinct().ToList(), cancellationToken);
        foreach (var offer in following)
        {
            try
            {
                await FollowAsync(offer, originals[offer.OriginalArticleId], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The original's own save already succeeded; one ally's failure must not undo it or stop the others.
                logger.PropagationFailed(ex, offer.Id, offer.ToTenant);
            }
        }
    }

    private async Task FollowAsync(SyndicationOfferRecord offer, SyndicationSnapshot? snapshot, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var accepted = offer is { State: (int)OfferState.Accepted, CopyArticleId: not null };
        if (snapshot is null)
        {
            await offers.OriginalDeletedAsync(offer.Id, now, cancellationToken);
            if (accepted)
            {
                await InAllyAsync(offer.ToTenant, copier => copier.RetireAsync(offer.CopyArticleId!.Value, offer.OriginHub, cancellationToken), cancellationToken);
                logger.OriginalDeleted(offer.Id, offer.FromTenant, offer.ToTenant);
            }

            return;
        }

        var version = offer.SnapshotVersion;
        var url = SyndicationSnapshots.Url(offer.OriginBaseUrl, snapshot);
        var fingerprint = snapshot.Fingerprint();
        if (fingerprint != offer.Fingerprint)
        {
            await offers.UpdateSnapshotAsync(offer.Id, SyndicationSnapshots.Write(snapshot), fingerprint, url, now, cancellationToken);
            version++;
        }

        if (accepted && offer.AppliedVersion < version)
        {
            var copyId = offer.CopyArticleId!.Value;
            await InAllyAsync(offer.ToTenant, copier => copier.UpdateAsync(copyId, offer.Id, offer.OriginHub, url, snapshot, cancellationToken), cancellationToken);
            await offers.AppliedAsync(offer.Id, null, version, cancellationToken);
            logger.CopyUpdated(offer.Id, version, copyId, offer.ToTenant);
        }
    }

    // The originals as they are now, read in their own hub's scope; null for a deleted one.
    private async Task<Dictionary<int, SyndicationSnapshot?>> ReadOriginalsAsync(TenantDescriptor origin, List<int> ids, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateTenantScope(origin);
        var articles = scope.ServiceProvider.GetRequiredService<ArticleStore>();
        var result = new Dictionary<int, SyndicationSnapshot?>();
        foreach (var id in ids)
        {
            result[id] = await articles.FindAsync(id, cancellationToken) is { } article ? SyndicationSnapshots.Of(article) : null;
        }

        return result;
    }

    // The ally's copy is written in the ally's own scope; an ally removed from the installation has nothing to write.
    // The work runs without the original hub's request context (flow suppressed): the ally's audit log and services
    // must not see the other hub's signed-in editor or client address, so its entries name the system.
    private async Task InAllyAsync(string ally, Func<SyndicationCopier, Task> work, CancellationToken cancellationToken)
    {
        if (await tenants.FindAsync(ally, cancellationToken) is not { State: TenantState.Running } target)
        {
            return;
        }

        Task run;
        using (ExecutionContext.SuppressFlow())
        {
            run = Task.Run(async () =>
            {
                await using var scope = services.CreateTenantScope(target);
                scope.ServiceProvider.GetRequiredService<AuditTrail>().ActAs(AuditActor.System);
                await work(scope.ServiceProvider.GetRequiredService<SyndicationCopier>());
            }, cancellationToken);
        }

        await run;
    }
}
