namespace OpinionAct.Media.Deliverability;

/// <summary>DKIM: each key's record is published at <c>{selector}._domainkey.{domain}</c> and its <c>p=</c> is our public key.</summary>
public static partial class DomainSetupCheck
{
    /// <summary>True when <paramref name="recordText"/> is a DKIM key record whose <c>p=</c> equals <paramref name="publicKey"/>, folding whitespace ignored.</summary>
    public static bool HoldsKey(string recordText, string publicKey)
    {
        var p = DnsTagList.Parse(recordText).GetValueOrDefault("p");
        return p is not null && DnsTagList.Compact(p).Length > 0 && string.Equals(DnsTagList.Compact(p), DnsTagList.Compact(publicKey), StringComparison.Ordinal);
    }

    private static List<DnsFinding> Dkim(DomainSetupInput input)
    {
        if (input.Dkim.Count == 0)
        {
            return [new DnsFinding(string.Empty, FindingState.Missing, new DnsText("dns.dkim.no_key", input.Domain), [])];
        }

        return input.Dkim.OrderByDescending(d => d.Key.Signing).Select(d => DkimFinding(d, input.TimeoutSeconds)).ToList();
    }

    private static DnsFinding DkimFinding(DkimLookup lookup, double timeoutSeconds)
    {
        var key = lookup.Key;
        var texts = lookup.Answer.Texts;
        if (lookup.Answer.Unknown)
        {
            return new DnsFinding(key.RecordName, FindingState.NotChecked, NotChecked(lookup.Answer, timeoutSeconds), []);
        }

        var state = DkimState(lookup);
        var (message, publish) = (key.Signing, state) switch
        {
            (true, FindingState.Ok) => (new DnsText("dns.dkim.ok", key.Selector), (string?)null),
            (true, FindingState.Missing) => (new DnsText("dns.dkim.missing", key.Selector), key.RecordValue),
            (true, FindingState.Warning) => (new DnsText("dns.dkim.several", key.Selector), key.RecordValue),
            (true, _) => (new DnsText("dns.dkim.different", key.Selector), key.RecordValue),
            (false, FindingState.Ok) when texts.Count == 0 => (new DnsText("dns.dkim.retired_gone", key.Selector), (string?)null),
            (false, FindingState.Ok) => (new DnsText("dns.dkim.retired_published", key.Selector), (string?)null),
            (false, _) => (new DnsText("dns.dkim.retired_other", key.Selector), (string?)null),
        };
        return new DnsFinding(key.RecordName, state, message, texts, publish);
    }

    /// <summary>
    /// A signing key: missing (no record), ok (one record, ours), warning (ours among several records, which receivers
    /// may pick from at random) or invalid (another key, or a revoked one). A retired key is fine with its record gone or
    /// still ours; a record holding another key is a warning.
    /// </summary>
    private static FindingState DkimState(DkimLookup lookup)
    {
        var texts = lookup.Answer.Texts;
        var ours = texts.Count(t => HoldsKey(t, lookup.Key.PublicKey));
        if (!lookup.Key.Signing)
        {
            return texts.Count == 0 || ours > 0 ? FindingState.Ok : FindingState.Warning;
        }

        return (texts.Count, ours) switch
        {
            (0, _) => FindingState.Missing,
            (1, 1) => FindingState.Ok,
            (_, > 0) => FindingState.Warning,
            _ => FindingState.Invalid,
        };
    }
}
