using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// The current tenant's mail settings: its own SMTP server (password encrypted with Data Protection,
/// bound to the tenant; never shown back, never logged), tracking switches, and the webhook secret
/// (stored as a SHA-256 hash, shown once when generated).
/// </summary>
public sealed class NewsletterSettingsService(NewsletterSettingsStore store, TenantContext tenant, IDataProtectionProvider protection, TimeProvider clock)
{
    public Task<NewsletterSettingsRecord> GetAsync(CancellationToken cancellationToken) => store.GetAsync(cancellationToken);

    /// <summary>Validates and saves; a null <paramref name="password"/> keeps the stored one, "" with <paramref name="clearPassword"/> removes it.</summary>
    /// <exception cref="ContentValidationException">Field errors keyed SmtpHost, SmtpPort, SmtpTlsMode, SmtpUserName, SmtpPassword.</exception>
    public async Task SaveAsync(SmtpSettingsDraft draft, ContentActor actor, CancellationToken cancellationToken)
    {
        if (!actor.CanManageSite)
        {
            throw new ContentAccessDeniedException("Only Admins change the mail settings.");
        }

        var errors = new FieldErrors();
        var host = draft.Host?.Trim();
        if (!string.IsNullOrEmpty(host) && (host.Length > 253 || Uri.CheckHostName(host) == UriHostNameType.Unknown))
        {
            errors.Add("SmtpHost", $"'{host}' is not a host name or IP address.");
        }

        if (draft.Port is < 1 or > 65535)
        {
            errors.Add("SmtpPort", "must be between 1 and 65535.");
        }

        if (!Enum.TryParse<SmtpTlsMode>(draft.TlsMode, ignoreCase: false, out var tls) || !Enum.IsDefined(tls))
        {
            errors.Add("SmtpTlsMode", $"'{draft.TlsMode}' is not a TLS mode.");
        }

        errors.Text(draft.UserName, "SmtpUserName", 254, required: false);
        if (draft.Password is { Length: > 500 })
        {
            errors.Add("SmtpPassword", "is too long (at most 500 characters).");
        }

        if ((draft.UserName ?? string.Empty).AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            errors.Add("SmtpUserName", "must be a single line.");
        }

        errors.ThrowIfAny();
        var settings = await store.TrackAsync(cancellationToken);
        settings.SmtpHost = string.IsNullOrEmpty(host) ? null : host;
        settings.SmtpPort = draft.Port;
        settings.SmtpTlsMode = tls.ToString();
        settings.SmtpUserName = string.IsNullOrWhiteSpace(draft.UserName) ? null : draft.UserName.Trim();
        if (draft.ClearPassword)
        {
            settings.SmtpPasswordProtected = null;
        }
        else if (!string.IsNullOrEmpty(draft.Password))
        {
            settings.SmtpPasswordProtected = Protector(tenant.Tenant.Name).Protect(draft.Password);
        }

        settings.ClickTracking = draft.ClickTracking;
        settings.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await store.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Makes a new webhook secret (the old one stops working) and returns it: the only time it is visible.</summary>
    public async Task<string> NewWebhookSecretAsync(ContentActor actor, CancellationToken cancellationToken)
    {
        if (!actor.CanManageSite)
        {
            throw new ContentAccessDeniedException("Only Admins change the mail settings.");
        }

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var settings = await store.TrackAsync(cancellationToken);
        settings.WebhookSecretHash = Hash(secret);
        settings.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await store.SaveChangesAsync(cancellationToken);
        return secret;
    }

    /// <summary>True when <paramref name="presented"/> is the tenant's webhook secret (constant-time compare).</summary>
    public async Task<bool> IsWebhookSecretAsync(string? presented, CancellationToken cancellationToken)
    {
        var stored = (await GetAsync(cancellationToken)).WebhookSecretHash;
        return stored is not null && !string.IsNullOrEmpty(presented) && presented.Length <= 200
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(Hash(presented)));
    }

    /// <summary>The stored SMTP password in clear, for the transport only.</summary>
    internal static string? Unprotect(IDataProtectionProvider protection, string tenantName, string? protectedPassword)
    {
        if (protectedPassword is null)
        {
            return null;
        }

        try
        {
            return Protector(protection, tenantName).Unprotect(protectedPassword);
        }
        catch (CryptographicException)
        {
            // Key ring lost or value tampered with: authenticate without it and let the server refuse.
            return null;
        }
    }

    private IDataProtector Protector(string tenantName) => Protector(protection, tenantName);

    private static IDataProtector Protector(IDataProtectionProvider protection, string tenantName) =>
        protection.CreateProtector("OpinionAct.Media.Newsletters.SmtpPassword", tenantName);

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
