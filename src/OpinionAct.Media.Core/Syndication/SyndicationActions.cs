namespace OpinionAct.Media.Syndication;

/// <summary>Audit actions of alliances and syndication: each hub's log records what its own people decided.</summary>
public static class SyndicationActions
{
    public const string AllianceProposed = "alliance.proposed";
    public const string AllianceAccepted = "alliance.accepted";
    public const string AllianceEnded = "alliance.ended";
    public const string Offered = "syndication.offered";
    public const string OfferAccepted = "syndication.accepted";
    public const string OfferDeclined = "syndication.declined";

    /// <summary>Listed in <see cref="Audit.AuditActions.All"/>, which the audit trail checks every entry against.</summary>
    public static readonly IReadOnlyList<string> All = [AllianceProposed, AllianceAccepted, AllianceEnded, Offered, OfferAccepted, OfferDeclined];
}
