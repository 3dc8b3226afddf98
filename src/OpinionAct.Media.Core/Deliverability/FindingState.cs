namespace OpinionAct.Media.Deliverability;

/// <summary>What the DNS assistant concluded about one record.</summary>
public enum FindingState
{
    Ok,

    /// <summary>Nothing is published: the finding says what to publish.</summary>
    Missing,

    /// <summary>What is published cannot work (two SPF records, another DKIM key, a DMARC record without a policy).</summary>
    Invalid,

    /// <summary>Works, but weakly or riskily (<c>+all</c>, a retired key's record holding another key).</summary>
    Warning,

    /// <summary>The DNS did not answer in time or answered with an error: nothing is known, try again.</summary>
    NotChecked,
}
