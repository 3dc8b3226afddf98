namespace OpinionAct.Media.Deliverability;

/// <summary>The assistant's report for one sending domain: SPF, each DKIM key, DMARC, and the plain answer to "would this mail pass DMARC?".</summary>
public sealed record DomainSetupReport(string Domain, DnsFinding Spf, IReadOnlyList<DnsFinding> Dkim, DnsFinding Dmarc, DmarcVerdict Verdict, DnsText VerdictText)
{
    /// <summary>True when something should be published or fixed, or could not be checked.</summary>
    public bool NeedsAttention => Verdict != DmarcVerdict.Pass || Spf.State != FindingState.Ok || Dmarc.State != FindingState.Ok || Dkim.Any(f => f.State != FindingState.Ok);
}
