using Microsoft.Extensions.Options;
using OpinionAct.Media.Deliverability;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.Web.Deliverability;

/// <summary>
/// The DNS assistant of a hub (scoped, in its tenant scope): reads its sending domains and keys, asks the DNS (through
/// <see cref="DnsAnswerCache"/>, lookups of a domain in parallel, each bounded by the DNS time-out) and lets
/// <see cref="DomainSetupCheck"/> judge.
/// </summary>
public sealed class DomainSetupService(DkimKeyService keys, NewsletterSettingsService settings, IOptions<SmtpOptions> smtp, DnsAnswerCache dns)
{
    public TimeSpan CacheDuration => dns.Duration;

    /// <summary>A report per sending domain; <paramref name="fresh"/> asks the DNS again instead of reading kept answers.</summary>
    public async Task<IReadOnlyList<DomainSetupReport>> CheckAllAsync(bool fresh, CancellationToken cancellationToken)
    {
        var domains = await keys.SendingDomainsAsync(cancellationToken);
        var all = await keys.ListAsync(cancellationToken);
        var host = await SmtpHostAsync(cancellationToken);
        return await Task.WhenAll(domains.Select(d => CheckAsync(d, all.Where(k => k.Domain == d).ToList(), host, fresh, cancellationToken)));
    }

    /// <summary>
    /// Whether mail from <paramref name="senderAddress"/> would pass DMARC, for the warning before an issue is sent:
    /// without a signing key, no lookup is needed; with one, only its DKIM record is looked up (kept answers allowed).
    /// </summary>
    public async Task<(DmarcVerdict Verdict, DnsText Text)> AlignmentAsync(string senderAddress, CancellationToken cancellationToken)
    {
        var domain = EmailAddresses.DomainOf(senderAddress)?.ToLowerInvariant() ?? senderAddress;
        var signing = (await keys.ListAsync(cancellationToken)).Where(k => k.Domain == domain && k.Signing).Select(Facts).ToList();
        var dkim = new List<DkimLookup>();
        foreach (var key in signing)
        {
            dkim.Add(new DkimLookup(key, await dns.GetAsync(key.RecordName, fresh: false, cancellationToken)));
        }

        var report = DomainSetupCheck.Evaluate(new DomainSetupInput(domain, null, dns.Timeout.TotalSeconds, TxtAnswer.None, dkim, []));
        return (report.Verdict, report.VerdictText);
    }

    private async Task<DomainSetupReport> CheckAsync(string domain, IReadOnlyList<DkimKeyView> domainKeys, string? smtpHost, bool fresh, CancellationToken cancellationToken)
    {
        var spf = dns.GetAsync(domain, fresh, cancellationToken);
        var dkim = Task.WhenAll(domainKeys.Select(Facts).Select(async key => new DkimLookup(key, await dns.GetAsync(key.RecordName, fresh, cancellationToken))));
        var dmarc = DmarcWalkAsync(domain, fresh, cancellationToken);
        await Task.WhenAll(spf, dkim, dmarc);
        return DomainSetupCheck.Evaluate(new DomainSetupInput(domain, smtpHost, dns.Timeout.TotalSeconds, await spf, await dkim, await dmarc));
    }

    /// <summary>The DMARC names in turn (the domain, then its parents) until one holds a record or the DNS stops answering.</summary>
    private async Task<IReadOnlyList<DmarcLookup>> DmarcWalkAsync(string domain, bool fresh, CancellationToken cancellationToken)
    {
        var steps = new List<DmarcLookup>();
        foreach (var name in DomainSetupCheck.DmarcNames(domain))
        {
            var answer = await dns.GetAsync(name, fresh, cancellationToken);
            steps.Add(new DmarcLookup(name, answer));
            if (DomainSetupCheck.EndsDmarcWalk(answer))
            {
                break;
            }
        }

        return steps;
    }

    /// <summary>The SMTP server the hub's mail goes through: its own, else the platform's.</summary>
    private async Task<string?> SmtpHostAsync(CancellationToken cancellationToken) =>
        (await settings.GetAsync(cancellationToken)).SmtpHost is { Length: > 0 } own ? own : smtp.Value.Host;

    private static DkimKeyFacts Facts(DkimKeyView key) => new(key.Selector, key.RecordName, key.RecordValue, key.Signing);
}
