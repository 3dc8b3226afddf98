using OpinionAct.Media.Data.Syndication;
using OpinionAct.Media.Syndication;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Syndication;

/// <summary>
/// Alliances of the current hub, in the host database: its Admin proposes one to another hub of the installation,
/// that hub's Admin accepts it, and either ends it. The routes that call this are the Admins' only.
/// </summary>
public sealed class AllianceService(TenantContext tenant, AllianceStore alliances, ITenantStore tenants, TimeProvider clock, ILogger<AllianceService> logger)
{
    /// <summary>The current hub's name.</summary>
    public string Tenant => tenant.Tenant.Name;

    private string Me => Tenant;

    public Task<List<AllianceRecord>> ListAsync(CancellationToken cancellationToken) => alliances.ForTenantAsync(Me, cancellationToken);

    /// <exception cref="MediaValidationException">No name, this hub, an unknown hub, or an alliance already open with it.</exception>
    public async Task<AllianceRecord> ProposeAsync(string? hub, string? by, CancellationToken cancellationToken)
    {
        var partner = hub?.Trim() ?? string.Empty;
        await CheckOtherHubAsync(tenants, Me, partner, cancellationToken);
        if (await alliances.OpenAsync(Me, partner, cancellationToken) is { } open)
        {
            throw Open(open, partner);
        }

        var alliance = new AllianceRecord
        {
            ProposerTenant = Me,
            PartnerTenant = partner,
            State = (int)AllianceState.Proposed,
            OpenPair = AllianceRecord.Pair(Me, partner),
            ProposedUtc = clock.GetUtcNow().UtcDateTime,
            ProposedBy = by is null ? null : TextLimit.Cut(by, 256),
        };
        if (!await alliances.ProposeAsync(alliance, cancellationToken))
        {
            // Both Admins proposed at the same moment; the pair's unique key let one through.
            throw await alliances.OpenAsync(Me, partner, cancellationToken) is { } raced
                ? Open(raced, partner)
                : new MediaValidationException($"An alliance with '{partner}' was proposed at the same moment: reload the page.");
        }

        logger.AllianceProposed(alliance.Id, Me, partner);
        return alliance;
    }

    public async Task AcceptAsync(long id, string? by, CancellationToken cancellationToken)
    {
        if (!await alliances.AcceptAsync(id, Me, by is null ? null : TextLimit.Cut(by, 256), clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            throw new MediaValidationException("This alliance is not waiting for this hub's answer: it was accepted, ended, or proposed by this hub.");
        }

        logger.AllianceAccepted(id, Me);
    }

    /// <summary>
    /// Ends (or withdraws, or turns down) an alliance. Offers still waiting close; copies already accepted stay published
    /// on the hub that accepted them, with their attribution and canonical link, and stop following their original.
    /// </summary>
    public async Task EndAsync(long id, CancellationToken cancellationToken)
    {
        var copies = await alliances.EndAsync(id, Me, clock.GetUtcNow().UtcDateTime, cancellationToken)
            ?? throw new MediaValidationException("This alliance is already ended, or it is not one of this hub's.");
        logger.AllianceEnded(id, Me, copies.Count);
    }

    /// <summary>The checks every alliance and offer makes of the other hub's name: given, not this hub, and a hub of the installation.</summary>
    internal static async Task CheckOtherHubAsync(ITenantStore tenants, string me, string other, CancellationToken cancellationToken)
    {
        if (other.Length == 0)
        {
            throw new MediaValidationException("Give the name of the other hub.");
        }

        if (string.Equals(other, me, StringComparison.OrdinalIgnoreCase))
        {
            throw new MediaValidationException("A hub cannot ally with itself or offer an article to itself: give another hub's name.");
        }

        if (other.Length > 40 || await tenants.FindAsync(other, cancellationToken) is not { } found || found.Name == TenantDescriptor.HostName)
        {
            throw new MediaValidationException($"There is no hub named '{TextLimit.Cut(other, 40)}' on this installation: check the name with the agency.");
        }
    }

    private static MediaValidationException Open(AllianceRecord open, string partner) => (AllianceState)open.State switch
    {
        AllianceState.Active => new MediaValidationException($"This hub is already allied with '{partner}'."),
        _ when open.ProposerTenant == partner => new MediaValidationException($"'{partner}' already proposed an alliance to this hub: accept it below."),
        _ => new MediaValidationException($"An alliance with '{partner}' is already proposed and waits for its Admins."),
    };
}
