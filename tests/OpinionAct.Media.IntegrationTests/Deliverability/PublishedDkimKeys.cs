using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace OpinionAct.Media.IntegrationTests.Deliverability;

/// <summary>
/// DNS for DKIM in a test: the TXT records an editor would publish, by name (<c>{selector}._domainkey.{domain}</c>),
/// read back the way a receiving server reads them.
/// </summary>
internal sealed class PublishedDkimKeys : DkimPublicKeyLocatorBase
{
    private readonly Dictionary<string, string> _records = new(StringComparer.OrdinalIgnoreCase);

    public void Publish(string name, string value) => _records[name] = value;

    public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
        _records.TryGetValue($"{selector}._domainkey.{domain}", out var txt)
            ? GetPublicKey(txt)
            : throw new InvalidOperationException($"No TXT record published for {selector}._domainkey.{domain}.");

    public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
        Task.FromResult(LocatePublicKey(methods, domain, selector, cancellationToken));
}
