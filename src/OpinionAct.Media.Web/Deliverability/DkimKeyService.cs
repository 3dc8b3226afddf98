using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Deliverability;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Deliverability;

/// <summary>
/// A hub's DKIM keys (in its tenant scope): a 2048-bit RSA key per sending domain, its private half encrypted with
/// Data Protection for this tenant, its public half printed as the TXT record to publish. Creating a key for a domain
/// that already has one is a rotation: the new selector signs from now on, the old key stays listed (retired) so its
/// record can stay published until mail signed with it has been delivered, then is removed. Each change is in the audit
/// log (the key's domain and selector, never the key).
/// </summary>
public sealed class DkimKeyService(DkimKeyStore store, NewsletterStore newsletters, TenantContext tenant, IDataProtectionProvider protection, IOptions<AccountsOptions> accounts, AuditTrail audit, TimeProvider clock)
{
    public const int KeyBits = 2048;

    public async Task<IReadOnlyList<DkimKeyView>> ListAsync(CancellationToken cancellationToken)
    {
        var keys = await store.ListAsync(cancellationToken);
        return keys.Select(k => View(k, signing: k.RetiredUtc is null)).ToList();
    }

    /// <summary>The domains this hub sends from: its newsletters' sender addresses, and the platform's account mail (invitations, resets).</summary>
    public async Task<IReadOnlyList<string>> SendingDomainsAsync(CancellationToken cancellationToken) =>
        (await newsletters.ListAsync(cancellationToken)).Select(n => n.SenderAddress)
            .Append(accounts.Value.MailFrom)
            .Select(address => EmailAddresses.DomainOf(address)?.ToLowerInvariant())
            .OfType<string>()
            .Where(DkimNames.IsValidDomain) // "localhost" (an unset Media:Accounts:MailFrom) is no domain to sign for
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Generates a key for <paramref name="domain"/> and makes it the domain's signing key.</summary>
    /// <exception cref="MediaValidationException">A domain this hub does not send from, a selector that is not a DNS label, or one already used for the domain.</exception>
    public async Task<DkimKeyView> CreateAsync(string domain, string? selector, CancellationToken cancellationToken)
    {
        domain = domain.Trim().TrimEnd('.').ToLowerInvariant();
        var sending = await SendingDomainsAsync(cancellationToken);
        if (!DkimNames.IsValidDomain(domain) || !sending.Contains(domain))
        {
            throw new MediaValidationException($"This hub does not send from '{domain}': DKIM keys are for its sending domains ({string.Join(", ", sending)}). Set the newsletter's sender address first.");
        }

        var keys = (await store.ListAsync(cancellationToken)).Where(k => k.Domain == domain).ToList();
        var existing = keys.Select(k => k.Selector).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        if (selector is not null)
        {
            selector = selector.Trim().ToLowerInvariant();
            if (!DkimNames.IsValidSelector(selector))
            {
                throw new MediaValidationException($"'{selector}' is not a valid selector: use letters, digits and hyphens (dots between labels), at most {DkimNames.MaxSelectorLength} characters.");
            }

            if (existing.Contains(selector))
            {
                throw new MediaValidationException($"The selector '{selector}' is already used for {domain}: choose another one, so the old record can stay published.");
            }
        }

        using var rsa = RSA.Create(KeyBits);
        var key = new DkimKeyRecord
        {
            Domain = domain,
            Selector = selector ?? DkimNames.DefaultSelector(now, existing),
            ProtectedPrivateKey = Protector(protection, tenant.Tenant.Name).Protect(rsa.ExportRSAPrivateKeyPem()),
            PublicKey = Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()),
            CreatedUtc = now.UtcDateTime,
        };
        var replaced = keys.FirstOrDefault(k => k.RetiredUtc is null);
        // Staged: saved by the store's SaveChanges, in the transaction that adds the key.
        audit.Add(replaced is null ? AuditActions.DkimKeyCreated : AuditActions.DkimKeyRotated, domain, replaced is null ? $"selector {key.Selector}" : $"selector {key.Selector} replaces {replaced.Selector}");
        await store.AddAsync(key, cancellationToken);
        return View(key, signing: true);
    }

    /// <summary>Removes a key: a retired one once its record may go, or the signing one (the domain's mail is then unsigned until a new key is made).</summary>
    public async Task RemoveAsync(string domain, string selector, CancellationToken cancellationToken)
    {
        domain = domain.Trim().ToLowerInvariant();
        selector = selector.Trim().ToLowerInvariant();
        if (!await store.RemoveAsync(domain, selector, cancellationToken))
        {
            throw new MediaValidationException($"No DKIM key '{selector}' for {domain} on this hub.");
        }

        await audit.RecordAsync(AuditActions.DkimKeyRemoved, domain, $"selector {selector}", cancellationToken: cancellationToken);
    }

    internal static IDataProtector Protector(IDataProtectionProvider protection, string tenantName) =>
        protection.CreateProtector("OpinionAct.Media.Deliverability.DkimKey", tenantName);

    private static DkimKeyView View(DkimKeyRecord key, bool signing) =>
        new(key.Domain, key.Selector, DkimNames.RecordName(key.Selector, key.Domain), $"v=DKIM1; k=rsa; p={key.PublicKey}", key.CreatedUtc, signing);
}
