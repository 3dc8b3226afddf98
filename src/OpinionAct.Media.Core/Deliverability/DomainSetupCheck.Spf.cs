using System.Net;
using System.Net.Sockets;

namespace OpinionAct.Media.Deliverability;

/// <summary>SPF (RFC 7208): exactly one <c>v=spf1</c> record at the domain, ending in something other than <c>+all</c>.</summary>
public static partial class DomainSetupCheck
{
    /// <summary>True for an SPF record: <c>v=spf1</c> alone or followed by a space (RFC 7208 §4.5; <c>v=spf10</c> is not one).</summary>
    public static bool IsSpf(string text) =>
        text.Equals("v=spf1", StringComparison.OrdinalIgnoreCase) || text.StartsWith("v=spf1 ", StringComparison.OrdinalIgnoreCase);

    private static DnsFinding Spf(DomainSetupInput input)
    {
        var name = input.Domain;
        if (input.Spf.Unknown)
        {
            return new DnsFinding(name, FindingState.NotChecked, NotChecked(input.Spf, input.TimeoutSeconds), []);
        }

        var records = input.Spf.Texts.Select(t => t.Trim()).Where(IsSpf).ToList();
        if (records.Count == 0)
        {
            var (template, advice) = SpfTemplate(input.SmtpHost);
            return new DnsFinding(name, FindingState.Missing, new DnsText("dns.spf.missing"), [], template, advice);
        }

        if (records.Count > 1)
        {
            return new DnsFinding(name, FindingState.Invalid, new DnsText("dns.spf.several", records.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), records);
        }

        var all = records[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .LastOrDefault(term => term.TrimStart('+', '-', '~', '?').Equals("all", StringComparison.OrdinalIgnoreCase));
        return all switch
        {
            "all" or "+all" or "ALL" or "+ALL" => new DnsFinding(name, FindingState.Warning, new DnsText("dns.spf.pass_all"), records),
            "?all" or "?ALL" => new DnsFinding(name, FindingState.Warning, new DnsText("dns.spf.neutral"), records),
            _ => new DnsFinding(name, FindingState.Ok, input.SmtpHost is { Length: > 0 } host ? new DnsText("dns.spf.ok_host", host) : new DnsText("dns.spf.ok"), records),
        };
    }

    /// <summary>
    /// What to publish when there is no SPF record. Which servers to authorise depends on the mail provider, so this is
    /// a template: the relay's own address when the SMTP host is a public address or name, else a provider's
    /// <c>include:</c> to fill in; <c>~all</c> (soft fail) rather than <c>-all</c> while the setup is new.
    /// </summary>
    public static (string Template, DnsText Advice) SpfTemplate(string? smtpHost)
    {
        var host = smtpHost?.Trim().TrimEnd('.');
        if (string.IsNullOrEmpty(host) || host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || !host.Contains('.', StringComparison.Ordinal) && !host.Contains(':', StringComparison.Ordinal))
        {
            return ("v=spf1 include:<provider-spf-domain> ~all", new DnsText("dns.spf.template_provider"));
        }

        if (IPAddress.TryParse(host, out var address))
        {
            return IPAddress.IsLoopback(address)
                ? ("v=spf1 include:<provider-spf-domain> ~all", new DnsText("dns.spf.template_provider"))
                : ($"v=spf1 {(address.AddressFamily == AddressFamily.InterNetworkV6 ? "ip6" : "ip4")}:{address} ~all", new DnsText("dns.spf.template_address", host));
        }

        return ($"v=spf1 a:{host.ToLowerInvariant()} ~all", new DnsText("dns.spf.template_host", host.ToLowerInvariant()));
    }
}
