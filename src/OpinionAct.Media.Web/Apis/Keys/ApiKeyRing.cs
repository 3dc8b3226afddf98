using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpinionAct.Media.Data.Apis;

namespace OpinionAct.Media.Web.Apis.Keys;

/// <summary>
/// Every tenant's OpenID server keys: generated per tenant, stored in the tenant's database (the host's for
/// the host tenant) protected with Data Protection under a purpose naming the tenant, and cached here for
/// <see cref="ApiKeyOptions.RefreshInterval"/>. Nothing is kept on the local disk, so any node can serve
/// any tenant. Rotation never needs a message between nodes: a new key is published for
/// <see cref="ApiKeyOptions.PublishBeforeSigning"/> before it signs, longer than any node's cache.
/// </summary>
internal sealed class ApiKeyRing(IDataProtectionProvider protection, IOptions<ApiKeyOptions> options, TimeProvider clock, ILogger<ApiKeyRing> logger)
{
    public const string SigningUse = "sig";
    public const string EncryptionUse = "enc";

    private readonly ConcurrentDictionary<string, TenantApiKeys> _cache = new(StringComparer.Ordinal);

    /// <summary>The tenant's keys, read from its database when this node's copy is stale; made on first use.</summary>
    public async Task<TenantApiKeys> GetAsync(string tenant, ApiKeyStore store, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_cache.TryGetValue(tenant, out var cached) && now - cached.LoadedUtc < options.Value.RefreshInterval)
        {
            return cached;
        }

        var records = await store.LiveAsync(now, cancellationToken);
        if (!records.Any(r => r.Use == SigningUse) || !records.Any(r => r.Use == EncryptionUse))
        {
            await store.AddAsync(NewKeys(tenant, now, activates: now), retireOlderAt: now + options.Value.LongestTokenLifetime, cancellationToken);
            records = await store.LiveAsync(now, cancellationToken);
        }

        var keys = Load(tenant, records, now);
        _cache[tenant] = keys;
        return keys;
    }

    /// <summary>Makes a tenant's first keys (at tenant creation), unless it has some.</summary>
    public async Task EnsureAsync(string tenant, ApiKeyStore store, CancellationToken cancellationToken)
    {
        if (!await store.AnyAsync(cancellationToken))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await store.AddAsync(NewKeys(tenant, now, activates: now), now, cancellationToken);
        }
    }

    /// <summary>
    /// Publishes the next signing and encryption keys now; they start signing after
    /// <see cref="ApiKeyOptions.PublishBeforeSigning"/>, and the current keys stay accepted until every
    /// token they signed has expired. Returns the new signing key's id.
    /// </summary>
    public async Task<ApiKeyRotation> RotateAsync(string tenant, ApiKeyStore store, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var activates = now + options.Value.PublishBeforeSigning;
        var added = NewKeys(tenant, now, activates);
        var retiredAt = activates + options.Value.LongestTokenLifetime;
        await store.AddAsync(added, retiredAt, cancellationToken);
        _cache.TryRemove(tenant, out _);
        var signing = added.Single(k => k.Use == SigningUse).KeyId;
        logger.KeysRotated(tenant, signing, activates);
        return new ApiKeyRotation(signing, activates, retiredAt);
    }

    /// <summary>Forgets a tenant's keys on this node (the tenant was removed, or tests changed the clock).</summary>
    public void Forget(string tenant) => _cache.TryRemove(tenant, out _);

    private TenantApiKeys Load(string tenant, IReadOnlyList<ApiKeyRecord> records, DateTime now)
    {
        var protector = Protector(tenant);

        // The signing key is the newest one already active; keys not yet active come next (published only), then
        // older ones (accepted only). OpenIddict signs with the first credential of the list.
        List<SecurityKey> Ordered(string use, Func<ApiKeyRecord, SecurityKey> load)
        {
            var ofUse = records.Where(r => r.Use == use).ToList();
            var active = ofUse.Where(r => r.ActivatesUtc <= now).OrderByDescending(r => r.ActivatesUtc).ThenByDescending(r => r.Id).ToList();
            var pending = ofUse.Where(r => r.ActivatesUtc > now).OrderBy(r => r.ActivatesUtc);
            return active.Take(1).Concat(pending).Concat(active.Skip(1)).Select(load).ToList();
        }

        var signing = Ordered(SigningUse, r =>
        {
            var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(protector.Unprotect(Convert.FromBase64String(r.ProtectedKey)), out _);
            return new RsaSecurityKey(rsa) { KeyId = r.KeyId };
        });
        var encryption = Ordered(EncryptionUse, r => new SymmetricSecurityKey(protector.Unprotect(Convert.FromBase64String(r.ProtectedKey))) { KeyId = r.KeyId });
        var version = string.Join(',', signing.Concat(encryption).Select(k => k.KeyId));
        return new TenantApiKeys(tenant, signing, encryption, version, now);
    }

    private List<ApiKeyRecord> NewKeys(string tenant, DateTime now, DateTime activates)
    {
        var protector = Protector(tenant);
        using var rsa = RSA.Create(2048);
        ApiKeyRecord Record(string use, byte[] key) => new()
        {
            Use = use,
            KeyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            ProtectedKey = Convert.ToBase64String(protector.Protect(key)),
            CreatedUtc = now,
            ActivatesUtc = activates,
        };

        return [Record(SigningUse, rsa.ExportPkcs8PrivateKey()), Record(EncryptionUse, RandomNumberGenerator.GetBytes(32))];
    }

    // The tenant's name is part of the purpose: a key row copied into another tenant's database does not unprotect there.
    private IDataProtector Protector(string tenant) => protection.CreateProtector("OpinionAct.Media.Apis.Keys", tenant);
}
