namespace OpinionAct.Media.Deliverability;

/// <summary>What a VERP token read from a bounce turned out to be.</summary>
public enum VerpCheck
{
    /// <summary>Minted with this tenant's key: the ids it carries can be trusted.</summary>
    Valid,

    /// <summary>Malformed, altered, or minted with another key (another tenant's, or an old key): refused.</summary>
    Forged,
}
