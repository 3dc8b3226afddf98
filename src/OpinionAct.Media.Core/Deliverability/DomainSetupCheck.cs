namespace OpinionAct.Media.Deliverability;

/// <summary>
/// The DNS assistant's rules (pure: the lookups are done by the caller): for one sending domain, whether its SPF,
/// DKIM and DMARC records are published and right, what to publish when not, and whether mail from it — as this
/// platform sends it, signed with <c>d=</c> the From domain and with the From address as envelope sender — would pass
/// DMARC. A lookup that timed out or failed is "not checked", never "missing".
/// </summary>
public static partial class DomainSetupCheck
{
    public static DomainSetupReport Evaluate(DomainSetupInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var dkim = Dkim(input);
        var (verdict, text) = Verdict(input);
        return new DomainSetupReport(input.Domain, Spf(input), dkim, Dmarc(input), verdict, text);
    }

    /// <summary>
    /// DKIM alignment decides: the platform signs with <c>d=</c> the From domain itself, so a published, matching
    /// signing key aligns in strict and relaxed mode alike. SPF alignment cannot be judged from here (it depends on the
    /// relay's outgoing address) and breaks when mail is forwarded, so it is not counted on.
    /// </summary>
    private static (DmarcVerdict, DnsText) Verdict(DomainSetupInput input)
    {
        var signing = input.Dkim.FirstOrDefault(d => d.Key.Signing);
        if (signing is null)
        {
            return (DmarcVerdict.Fail, new DnsText("dns.verdict.no_key", input.Domain));
        }

        if (signing.Answer.Unknown)
        {
            return (DmarcVerdict.Unknown, new DnsText("dns.verdict.unknown", input.Domain));
        }

        return DkimState(signing) == FindingState.Ok
            ? (DmarcVerdict.Pass, new DnsText("dns.verdict.pass", input.Domain, signing.Key.Selector))
            : (DmarcVerdict.Fail, new DnsText("dns.verdict.fail", input.Domain, signing.Key.RecordName));
    }

    /// <summary>"Could not be checked": the DNS's time-out or its error, so the page says what happened and to try again.</summary>
    private static DnsText NotChecked(TxtAnswer answer, double timeoutSeconds) => answer.Outcome == TxtOutcome.TimedOut
        ? new DnsText("dns.not_checked.timeout", Seconds(timeoutSeconds))
        : new DnsText("dns.not_checked.error", answer.Error ?? "?");

    private static string Seconds(double seconds) => seconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
