namespace OpinionAct.Media.Deliverability;

/// <summary>Whether mail from a domain, as this platform sends it, would pass DMARC.</summary>
public enum DmarcVerdict
{
    /// <summary>Signed with a key whose record is published and matches: DKIM aligns with the From domain.</summary>
    Pass,

    /// <summary>No aligned DKIM signature (no key, record missing or holding another key).</summary>
    Fail,

    /// <summary>The DKIM record could not be looked up (time-out or DNS error).</summary>
    Unknown,
}
