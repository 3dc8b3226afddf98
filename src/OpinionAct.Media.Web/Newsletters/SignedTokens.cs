using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// URL-safe tokens that carry a small payload, signed and encrypted with Data Protection, bound to one
/// tenant and one purpose, and expiring. A token of one tenant or purpose reads as forged at another.
/// Single use is not this class's job: the caller keeps a nonce in its own row and clears it on use.
/// </summary>
public sealed class SignedTokens(IDataProtectionProvider provider, TimeProvider clock)
{
    public string Create(string tenantName, string purpose, string payload, TimeSpan lifetime) =>
        Protector(tenantName, purpose).Protect(payload, clock.GetUtcNow().Add(lifetime));

    /// <summary>The payload, or null when the token is forged, altered, of another tenant or purpose, or expired.</summary>
    public string? Read(string tenantName, string purpose, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return null;
        }

        try
        {
            var payload = Protector(tenantName, purpose).Unprotect(token, out var expiration);
            return expiration > clock.GetUtcNow() ? payload : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(string tenantName, string purpose) =>
        provider.CreateProtector("OpinionAct.Media.Newsletters", tenantName, purpose).ToTimeLimitedDataProtector();
}
