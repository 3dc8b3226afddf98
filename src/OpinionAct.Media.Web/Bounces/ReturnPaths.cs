using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Deliverability;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Bounces;

/// <summary>
/// A tenant's envelope sender, from its bounce settings: issue messages get a VERP address per recipient when VERP is
/// on; confirmations and other transactional mail get the plain bounce address (their bounces are matched by the
/// recipient the DSN names). The VERP key and the IMAP password are kept encrypted with Data Protection, bound to the
/// tenant; a key ring that cannot decrypt them any more means no VERP (plain return path) and no IMAP password.
/// </summary>
public sealed class ReturnPaths(TenantRegistry registry, IServiceProvider services, IDataProtectionProvider protection)
{
    private const string VerpKeyPurpose = "OpinionAct.Media.Bounces.VerpKey";
    private const string ImapPasswordPurpose = "OpinionAct.Media.Bounces.ImapPassword";

    /// <summary>The return path for issue messages (VERP when on), or null when the tenant set no bounce address.</summary>
    public ReturnPath? ForIssues(BounceSettingsRecord settings, string tenantName)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.ReturnPath is null ? null : new ReturnPath(settings.ReturnPath, settings.Verp ? VerpKey(settings, tenantName) : null);
    }

    /// <summary>The plain bounce address for a tenant's transactional mail, or null (the sender's address is used).</summary>
    public async Task<string?> PlainAsync(string tenantName, CancellationToken cancellationToken)
    {
        var tenant = registry.Table.Find(tenantName);
        if (tenant is null || tenant.IsHost || tenant.State != TenantState.Running)
        {
            return null;
        }

        await using var scope = services.CreateTenantScope(tenant);
        return (await scope.ServiceProvider.GetRequiredService<BounceStore>().GetSettingsAsync(cancellationToken)).ReturnPath;
    }

    /// <summary>The tenant's VERP key in clear (for minting and checking tokens), or null when none can be read.</summary>
    public byte[]? VerpKey(BounceSettingsRecord settings, string tenantName)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var key = Unprotect(VerpKeyPurpose, tenantName, settings.VerpKeyProtected);
        return key is null ? null : Convert.FromBase64String(key);
    }

    /// <summary>A new VERP key, encrypted for storage.</summary>
    public string NewProtectedVerpKey(string tenantName) =>
        protection.CreateProtector(VerpKeyPurpose, tenantName).Protect(Convert.ToBase64String(VerpToken.NewKey()));

    public string ProtectImapPassword(string tenantName, string password) =>
        protection.CreateProtector(ImapPasswordPurpose, tenantName).Protect(password);

    public string? ImapPassword(BounceSettingsRecord settings, string tenantName)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Unprotect(ImapPasswordPurpose, tenantName, settings.ImapPasswordProtected);
    }

    private string? Unprotect(string purpose, string tenantName, string? value)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return protection.CreateProtector(purpose, tenantName).Unprotect(value);
        }
        catch (CryptographicException)
        {
            // Key ring lost or value tampered with: behave as if none were set.
            return null;
        }
    }
}
