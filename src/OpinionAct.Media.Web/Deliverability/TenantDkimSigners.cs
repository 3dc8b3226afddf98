using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using MimeKit;
using MimeKit.Cryptography;
using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Deliverability;

/// <summary>
/// The DKIM signers of a hub's sending domains, read once per mail session opened (like its SMTP settings), so a new
/// key or a rotation applies to the next session. <see cref="Sign"/> signs a message whose From domain has a key.
/// </summary>
public sealed class TenantDkimSigners(TenantRegistry registry, IServiceProvider services, IDataProtectionProvider protection)
{
    /// <summary>The headers signed: those a reader sees and those that unsubscribe, so neither can be swapped in transit.</summary>
    private static readonly HeaderId[] SignedHeaders =
    [
        HeaderId.From, HeaderId.To, HeaderId.Subject, HeaderId.Date, HeaderId.MessageId, HeaderId.ReplyTo,
        HeaderId.ListUnsubscribe, HeaderId.ListUnsubscribePost, HeaderId.ListId, HeaderId.MimeVersion, HeaderId.ContentType,
    ];

    /// <summary>The tenant's signers by lower-case domain; empty for the host tenant, an unknown one, or one without keys.</summary>
    public async Task<IReadOnlyDictionary<string, DkimSigner>> ForAsync(string tenantName, CancellationToken cancellationToken)
    {
        var tenant = registry.Table.Find(tenantName);
        if (tenant is null || tenant.IsHost || tenant.State != TenantState.Running)
        {
            return new Dictionary<string, DkimSigner>();
        }

        await using var scope = services.CreateTenantScope(tenant);
        var keys = await scope.ServiceProvider.GetRequiredService<DkimKeyStore>().SigningAsync(cancellationToken);
        var protector = DkimKeyService.Protector(protection, tenantName);
        return keys.ToDictionary(k => k.Domain, k => (DkimSigner)Signer(k, protector.Unprotect(k.ProtectedPrivateKey)), StringComparer.Ordinal);
    }

    /// <summary>Signs <paramref name="message"/> when its From domain has a signer; the body is prepared first, so the transport sends it byte for byte.</summary>
    public static void Sign(MimeMessage message, IReadOnlyDictionary<string, DkimSigner> signers)
    {
        if (SignerFor(message.From.Mailboxes.FirstOrDefault()?.Address, signers) is not { } signer)
        {
            return;
        }

        message.Prepare(EncodingConstraint.SevenBit);
        signer.Sign(message, SignedHeaders.Where(h => message.Headers.Contains(h)).ToArray());
    }

    /// <summary>Whether mail from <paramref name="fromAddress"/> is signed with one of <paramref name="signers"/>.</summary>
    public static bool Signs(string fromAddress, IReadOnlyDictionary<string, DkimSigner> signers) => SignerFor(fromAddress, signers) is not null;

    private static DkimSigner? SignerFor(string? fromAddress, IReadOnlyDictionary<string, DkimSigner> signers) =>
        signers.Count > 0 && EmailAddresses.DomainOf(fromAddress)?.ToLowerInvariant() is { } domain && signers.TryGetValue(domain, out var signer) ? signer : null;

    private static NativeRsaDkimSigner Signer(DkimKeyRecord key, string privateKeyPem)
    {
        using var pem = new MemoryStream(Encoding.ASCII.GetBytes(privateKeyPem));
        var rsa = RSA.Create();
        rsa.ImportFromPem(privateKeyPem);
        return new NativeRsaDkimSigner(pem, rsa, key.Domain, key.Selector)
        {
            HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
        };
    }
}
