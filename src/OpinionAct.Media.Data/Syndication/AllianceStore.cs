using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Syndication;

namespace OpinionAct.Media.Data.Syndication;

/// <summary>Alliances between hubs, in the host database. Every change of state is one conditional update, so two Admins acting at once cannot both win.</summary>
public sealed class AllianceStore(MediaDatabase database)
{
    public async Task<List<AllianceRecord>> ForTenantAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        return await db.Set<AllianceRecord>().AsNoTracking()
            .Where(a => a.ProposerTenant == tenant || a.PartnerTenant == tenant)
            .OrderBy(a => a.State).ThenByDescending(a => a.ProposedUtc).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<AllianceRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        return await db.Set<AllianceRecord>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
    }

    /// <summary>The open (proposed or active) alliance of the two hubs, if any.</summary>
    public async Task<AllianceRecord?> OpenAsync(string a, string b, CancellationToken cancellationToken)
    {
        var pair = AllianceRecord.Pair(a, b);
        await using var db = database.CreateHostContext();
        return await db.Set<AllianceRecord>().AsNoTracking().FirstOrDefaultAsync(x => x.OpenPair == pair, cancellationToken);
    }

    /// <summary>The hubs <paramref name="tenant"/> is allied with now.</summary>
    public async Task<List<string>> AlliesAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        var active = (int)AllianceState.Active;
        return await db.Set<AllianceRecord>().AsNoTracking()
            .Where(a => a.State == active && (a.ProposerTenant == tenant || a.PartnerTenant == tenant))
            .Select(a => a.ProposerTenant == tenant ? a.PartnerTenant : a.ProposerTenant)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds a proposal; false when the pair already has an open alliance (the unique pair key caught a race).</summary>
    public async Task<bool> ProposeAsync(AllianceRecord alliance, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        db.Add(alliance);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>Proposed → active, only by the hub it was proposed to.</summary>
    public async Task<bool> AcceptAsync(long id, string tenant, string? by, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        var proposed = (int)AllianceState.Proposed;
        return await db.Set<AllianceRecord>()
            .Where(a => a.Id == id && a.PartnerTenant == tenant && a.State == proposed)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.State, (int)AllianceState.Active).SetProperty(a => a.AcceptedUtc, now).SetProperty(a => a.AcceptedBy, by), cancellationToken) == 1;
    }

    /// <summary>
    /// Ends an open alliance (either hub), in one transaction with its offers: waiting offers close, accepted ones stop
    /// following their original. Returns the accepted offers (their copies stay on the receiving hub), or null when
    /// there was no open alliance of <paramref name="tenant"/> with that id.
    /// </summary>
    public async Task<List<SyndicationOfferRecord>?> EndAsync(long id, string tenant, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ended = (int)AllianceState.Ended;
        var alliance = await db.Set<AllianceRecord>().FirstOrDefaultAsync(a => a.Id == id && a.State != ended && (a.ProposerTenant == tenant || a.PartnerTenant == tenant), cancellationToken);
        if (alliance is null)
        {
            return null;
        }

        alliance.State = ended;
        alliance.OpenPair = null;
        alliance.EndedUtc = now;
        alliance.EndedByTenant = tenant;
        await db.SaveChangesAsync(cancellationToken);

        var (a, b) = (alliance.ProposerTenant, alliance.PartnerTenant);
        var between = db.Set<SyndicationOfferRecord>().Where(o => (o.FromTenant == a && o.ToTenant == b) || (o.FromTenant == b && o.ToTenant == a));
        var offered = (int)OfferState.Offered;
        var accepted = (int)OfferState.Accepted;
        await between.Where(o => o.State == offered)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, (int)OfferState.AllianceEnded).SetProperty(o => o.DecidedUtc, now).SetProperty(o => o.UpdatedUtc, now), cancellationToken);
        var copies = await between.AsNoTracking().Where(o => o.State == accepted && o.Follows).ToListAsync(cancellationToken);
        await between.Where(o => o.State == accepted && o.Follows)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Follows, false).SetProperty(o => o.UpdatedUtc, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return copies;
    }
}
