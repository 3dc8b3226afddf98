using OpinionAct.Media.Audit;
using OpinionAct.Media.Web.Audit;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.ContentApi;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// The hub's read-only Content API key (like Ghost's content key): made on first use, shown to Admins, regenerated
/// at will, sent by readers as <c>X-Content-Key</c> or <c>?key=</c>. The hub decides whether reads need it. Every
/// change evicts the hub's cached responses (on every node, through the content version), so no answer made for
/// the old key or the old setting outlives it.
/// </summary>
public sealed class ContentKeyService(
    ContentApiStore store, TenantContext tenant, IDataProtectionProvider protection, IEnumerable<IContentChangeListener> listeners,
    TimeProvider clock, AuditTrail audit, ILogger<ContentKeyService> logger)
{
    public const string HeaderName = "X-Content-Key";
    public const string QueryName = "key";
    private const string Prefix = "ck_";

    private ContentApiKeyRecord? _row;
    private bool _loaded;

    /// <summary>The key a request presents: the header, else the query parameter; null when it sends none.</summary>
    public static string? Presented(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[HeaderName].ToString();
        if (header.Length > 0)
        {
            return header;
        }

        var query = request.Query[QueryName].ToString();
        return query.Length > 0 ? query : null;
    }

    /// <summary>
    /// Whether a read may go on: a presented key must be this hub's (a wrong key is refused even when none is
    /// required, so an integrator learns of a typo at once); no key is fine unless the hub requires one.
    /// </summary>
    public async Task<bool> AllowsAsync(string? presented, CancellationToken cancellationToken)
    {
        var row = await RowAsync(cancellationToken);
        if (presented is null)
        {
            return row is not { RequireKey: true };
        }

        return row is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(row.KeyHash));
    }

    /// <summary>Whether this hub refuses reads without the key.</summary>
    public async Task<bool> RequiredAsync(CancellationToken cancellationToken) => (await RowAsync(cancellationToken))?.RequireKey == true;

    /// <summary>The key (made now if the hub has none) and the setting, for Admins.</summary>
    public async Task<ContentKeyView> ViewAsync(CancellationToken cancellationToken)
    {
        var row = await RowAsync(cancellationToken);
        if (row is null)
        {
            await RegenerateAsync(cancellationToken);
            row = await RowAsync(cancellationToken);
        }

        return new ContentKeyView(Protector().Unprotect(row!.ProtectedKey), row.RequireKey, row.CreatedUtc);
    }

    /// <summary>Replaces the key: the old one is refused from now on.</summary>
    public async Task<ContentKeyView> RegenerateAsync(CancellationToken cancellationToken)
    {
        var key = Prefix + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        var now = clock.GetUtcNow().UtcDateTime;
        await store.SaveKeyAsync(Protector().Protect(key), Hash(key), now, cancellationToken);
        _loaded = false;
        logger.ContentKeyRegenerated(tenant.Tenant.Name);
        await audit.RecordAsync(AuditActions.ContentKeyRegenerated, "content key", cancellationToken: cancellationToken);
        await NotifyAsync(cancellationToken);
        return new ContentKeyView(key, await RequiredAsync(cancellationToken), now);
    }

    /// <summary>Sets whether reads need the key (a key is made first if the hub has none).</summary>
    public async Task SetRequiredAsync(bool required, CancellationToken cancellationToken)
    {
        await ViewAsync(cancellationToken);
        await store.SetRequireKeyAsync(required, cancellationToken);
        _loaded = false;
        logger.ContentKeyRequirementChanged(tenant.Tenant.Name, required);
        await audit.RecordAsync(AuditActions.SettingsChanged, "content key", required ? "required" : "optional", cancellationToken: cancellationToken);
        await NotifyAsync(cancellationToken);
    }

    /// <summary>SHA-256 of a key, lowercase hex; the output cache varies by it too, so a key never sits in memory as a cache key.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private async Task<ContentApiKeyRecord?> RowAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            _row = await store.KeyAsync(cancellationToken);
            _loaded = true;
        }

        return _row;
    }

    private IDataProtector Protector() => protection.CreateProtector("OpinionAct.Media.ContentApiKey", tenant.Tenant.Name);

    private async Task NotifyAsync(CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.OnContentChangedAsync(tenant.Tenant.Name, cancellationToken);
        }
    }

}
