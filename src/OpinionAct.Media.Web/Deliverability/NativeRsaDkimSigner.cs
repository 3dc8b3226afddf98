using System.Security.Cryptography;
using MimeKit.Cryptography;

namespace OpinionAct.Media.Web.Deliverability;

/// <summary>A DKIM signer whose RSA step runs on .NET's RSA (<see cref="NativeRsaSha256Signer"/>); everything else is MimeKit's.</summary>
internal sealed class NativeRsaDkimSigner(Stream privateKeyPem, RSA key, string domain, string selector)
    : DkimSigner(privateKeyPem, domain, selector, DkimSignatureAlgorithm.RsaSha256)
{
    protected override Org.BouncyCastle.Crypto.ISigner CreateSigningContext() => new NativeRsaSha256Signer(key);
}
