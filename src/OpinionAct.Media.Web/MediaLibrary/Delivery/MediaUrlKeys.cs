using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using OpinionAct.Media.Data.MediaLibrary;

namespace OpinionAct.Media.Web.MediaLibrary.Delivery;

/// <summary>
/// The signing keys of every tenant's image URLs, kept in the tenant's database (secrets protected with
/// Data Protection) and cached here. Because keys live in the database, a URL signed before a restart,
/// or on another node, still verifies; rotation adds a key and keeps the old ones.
/// </summary>
internal sealed class MediaUrlKeys(IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>How long a node signs with a ring before looking for a newer key.</summary>
    private static readonly TimeSpan Refresh = TimeSpan.FromMinutes(5);

    /// <summary>How soon an unknown key id may trigger another look in the database (a rotation elsewhere).</summary>
    private static readonly TimeSpan UnknownKeyRetry = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, MediaUrlKeyRing> _rings = new(StringComparer.Ordinal);
    private readonly IDataProtector _protector = protection.CreateProtector("OpinionAct.Media.MediaUrlKeys");

    public async Task<MediaUrlKeyRing> RingAsync(string tenant, MediaStore store, CancellationToken cancellationToken, string? mustKnow = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (Cached(tenant, mustKnow) is { } ring)
        {
            return ring;
        }

        var records = await store.UrlKeysAsync(cancellationToken);
        if (records.Count == 0)
        {
            await store.AddUrlKeyAsync(NewKey(now), cancellationToken);
            records = await store.UrlKeysAsync(cancellationToken);
        }

        ring = new MediaUrlKeyRing(records.Select(r => (r.Id, _protector.Unprotect(Convert.FromBase64String(r.ProtectedSecret)))).ToList(), now);
        _rings[tenant] = ring;
        return ring;
    }

    /// <summary>
    /// The ring this node holds, when it is fresh enough and knows <paramref name="mustKnow"/> (or looked for it
    /// moments ago); null when the database must be read. The image endpoint asks this first, so a cached
    /// variant is served without even opening the tenant's database.
    /// </summary>
    public MediaUrlKeyRing? Cached(string tenant, string? mustKnow = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return _rings.TryGetValue(tenant, out var ring)
            && now - ring.LoadedUtc < Refresh
            && (mustKnow is null || ring.Knows(mustKnow) || now - ring.LoadedUtc < UnknownKeyRetry)
                ? ring
                : null;
    }

    /// <summary>Adds a key that signs from now on; the previous keys keep verifying URLs already out.</summary>
    public async Task<string> RotateAsync(string tenant, MediaStore store, CancellationToken cancellationToken)
    {
        var key = NewKey(clock.GetUtcNow().UtcDateTime);
        await store.AddUrlKeyAsync(key, cancellationToken);
        _rings.TryRemove(tenant, out _);
        return key.Id;
    }

    /// <summary>Forgets a tenant's ring (the tenant was removed or recreated).</summary>
    public void Forget(string tenant) => _rings.TryRemove(tenant, out _);

    private MediaUrlKeyRecord NewKey(DateTime now) => new()
    {
        Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)),
        ProtectedSecret = Convert.ToBase64String(_protector.Protect(RandomNumberGenerator.GetBytes(32))),
        CreatedUtc = now,
    };
}
