namespace OpinionAct.Media.Data.Syndication;

/// <summary>An alliance between two hubs of the installation, in the host database (it belongs to neither hub alone).</summary>
public sealed class AllianceRecord
{
    public long Id { get; set; }

    /// <summary>The hub whose Admin proposed it.</summary>
    public required string ProposerTenant { get; set; }

    /// <summary>The hub whose Admin accepts it.</summary>
    public required string PartnerTenant { get; set; }

    /// <summary>An <see cref="OpinionAct.Media.Syndication.AllianceState"/>.</summary>
    public int State { get; set; }

    /// <summary>
    /// "a|b" (the two names in ordinal order) while the alliance is proposed or active, null once ended: its unique
    /// index allows one open alliance per pair of hubs even when both propose at the same moment.
    /// </summary>
    public string? OpenPair { get; set; }

    public DateTime ProposedUtc { get; set; }

    public string? ProposedBy { get; set; }

    public DateTime? AcceptedUtc { get; set; }

    public string? AcceptedBy { get; set; }

    public DateTime? EndedUtc { get; set; }

    /// <summary>The hub whose Admin ended it.</summary>
    public string? EndedByTenant { get; set; }

    /// <summary>The other hub, seen from <paramref name="tenant"/>.</summary>
    public string Other(string tenant) => string.Equals(ProposerTenant, tenant, StringComparison.Ordinal) ? PartnerTenant : ProposerTenant;

    public static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a}|{b}" : $"{b}|{a}";
}
