namespace OpinionAct.Media.Deliverability;

/// <summary>How a TXT lookup ended. Only <see cref="Found"/> and <see cref="NoRecord"/> say something about the zone; the other two say nothing, so they are never reported as "missing".</summary>
public enum TxtOutcome
{
    /// <summary>The name has at least one TXT record.</summary>
    Found,

    /// <summary>The name does not exist, or has no TXT record (NXDOMAIN or an empty answer).</summary>
    NoRecord,

    /// <summary>No name server answered within the configured time.</summary>
    TimedOut,

    /// <summary>A name server answered with an error (SERVFAIL, REFUSED…) or could not be reached.</summary>
    Failed,
}
