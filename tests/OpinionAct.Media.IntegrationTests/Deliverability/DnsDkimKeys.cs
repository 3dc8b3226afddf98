using Microsoft.Extensions.Options;
using MimeKit.Cryptography;
using OpinionAct.Media.Deliverability;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Deliverability;
using Org.BouncyCastle.Crypto;

namespace OpinionAct.Media.IntegrationTests.Deliverability;

/// <summary>
/// A receiving server's view of DKIM in a test: the key of a signature is read from the DNS — the loopback server the
/// test published the TXT record on, split into strings as DNS providers store it — with the platform's own resolver.
/// </summary>
internal sealed class DnsDkimKeys(LoopbackDnsServer dns) : DkimPublicKeyLocatorBase
{
    private readonly DnsClientTxtLookup _lookup = new(Options.Create(new DeliverabilityOptions { DnsServers = [dns.Endpoint] }));

    public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
        LocatePublicKeyAsync(methods, domain, selector, cancellationToken).GetAwaiter().GetResult();

    public override async Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default)
    {
        var answer = await _lookup.LookupAsync($"{selector}._domainkey.{domain}", cancellationToken);
        return answer.Outcome == TxtOutcome.Found
            ? GetPublicKey(answer.Texts[0])
            : throw new InvalidOperationException($"No TXT record for {selector}._domainkey.{domain}: {answer.Outcome}.");
    }
}
