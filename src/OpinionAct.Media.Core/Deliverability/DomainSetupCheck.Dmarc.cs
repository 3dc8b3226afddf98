namespace OpinionAct.Media.Deliverability;

/// <summary>
/// DMARC (RFC 7489): a <c>v=DMARC1</c> record at <c>_dmarc.{domain}</c> or, failing that, at a parent domain. Without a
/// public-suffix list the organisational domain is not known, so the walk asks each parent in turn up to the
/// two-label name (as the DNS tree walk of DMARCbis does): <c>_dmarc.news.brand.fr</c>, then <c>_dmarc.brand.fr</c>.
/// </summary>
public static partial class DomainSetupCheck
{
    /// <summary>The most names the walk asks (DMARCbis caps its tree walk at eight).</summary>
    public const int MaxDmarcLookups = 8;

    /// <summary>The <c>_dmarc.</c> names to ask, in order: the domain, then each parent down to two labels.</summary>
    public static IReadOnlyList<string> DmarcNames(string domain)
    {
        var labels = domain.Trim().TrimEnd('.').ToLowerInvariant().Split('.');
        var names = new List<string>();
        for (var skip = 0; labels.Length - skip >= 2 && names.Count < MaxDmarcLookups; skip++)
        {
            names.Add("_dmarc." + string.Join('.', labels.Skip(skip)));
        }

        return names;
    }

    /// <summary>True for a DMARC record: its first tag is exactly <c>v=DMARC1</c> (RFC 7489 §6.4; other TXT records at the name are ignored).</summary>
    public static bool IsDmarc(string text)
    {
        var first = text.Split(';', 2)[0];
        var equals = first.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && first[..equals].Trim() == "v" && first[(equals + 1)..].Trim() == "DMARC1";
    }

    /// <summary>True when the walk can stop at this answer: it holds a DMARC record, or it says nothing (time-out, error).</summary>
    public static bool EndsDmarcWalk(TxtAnswer answer) => answer.Unknown || answer.Texts.Any(IsDmarc);

    private static DnsFinding Dmarc(DomainSetupInput input)
    {
        var own = "_dmarc." + input.Domain;
        foreach (var step in input.Dmarc)
        {
            if (step.Answer.Unknown)
            {
                return new DnsFinding(step.Name, FindingState.NotChecked, NotChecked(step.Answer, input.TimeoutSeconds), []);
            }

            var records = step.Answer.Texts.Select(t => t.Trim()).Where(IsDmarc).ToList();
            if (records.Count > 1)
            {
                return new DnsFinding(step.Name, FindingState.Invalid, new DnsText("dns.dmarc.several"), records);
            }

            if (records.Count == 1)
            {
                return DmarcFinding(step.Name, records[0], inherited: step.Name != own, input.Domain);
            }
        }

        return new DnsFinding(own, FindingState.Missing, new DnsText("dns.dmarc.missing"), [], $"v=DMARC1; p=none; rua=mailto:dmarc-reports@{input.Domain}", new DnsText("dns.dmarc.start"));
    }

    private static DnsFinding DmarcFinding(string name, string record, bool inherited, string domain)
    {
        var tags = DnsTagList.Parse(record);
        // A subdomain that inherits its parent's record follows sp= when the parent sets one (RFC 7489 §6.3).
        var policy = (inherited ? tags.GetValueOrDefault("sp") : null) ?? tags.GetValueOrDefault("p");
        if (policy is not ("none" or "quarantine" or "reject"))
        {
            return new DnsFinding(name, FindingState.Invalid, new DnsText("dns.dmarc.no_policy"), [record], $"v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}");
        }

        var adkim = tags.GetValueOrDefault("adkim") == "s" ? "s" : "r";
        var aspf = tags.GetValueOrDefault("aspf") == "s" ? "s" : "r";
        var message = inherited
            ? new DnsText("dns.dmarc.ok_parent", policy, adkim, aspf, name)
            : new DnsText("dns.dmarc.ok", policy, adkim, aspf);
        var advice = policy == "none" ? new DnsText("dns.dmarc.move_on") : null;
        return new DnsFinding(name, FindingState.Ok, message, [record], Advice: advice);
    }
}
