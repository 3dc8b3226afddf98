using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// URL-safe tokens that carry a small payload, signed and encrypted with Data Protection, bound to one
/// tenant and one purpose, and expiring. A token of one tenant or purpose reads as forged at another.
/// Single use is not this class's job: the caller keeps a nonce in its own row and clears it on use.
/// </summary>
/// <remarks>
/// Tokens keep the layout of Data Protection's time-limited protector (the purpose
/// <see cref="TimeLimitedPurpose"/>, then an 8-byte big-endian UTC tick count before the payload), so
/// links already mailed keep working. The expiry is read here rather than by that protector because it
/// compares with the machine's clock; every expiry in the product is judged by the injected
/// <see cref="TimeProvider"/>.
/// </remarks>
public sealed class SignedTokens(IDataProtectionProvider provider, TimeProvider clock)
{
    private const string TimeLimitedPurpose = "Microsoft.AspNetCore.DataProtection.TimeLimitedDataProtector.v1";
    private const int ExpiryLength = sizeof(ulong);

    /// <summary>
    /// One protector per tenant and purpose, made once: a protector reads the current key ring on every call (key
    /// rotation is seen as before), but a new one per token recomputed its purposes and additional data each time,
    /// for every recipient of an issue.
    /// </summary>
    private readonly ConcurrentDictionary<(string Tenant, string Purpose), IDataProtector> _protectors = new();

    public string Create(string tenantName, string purpose, string payload, TimeSpan lifetime)
    {
        var text = Encoding.UTF8.GetBytes(payload);
        var plain = new byte[ExpiryLength + text.Length];
        BinaryPrimitives.WriteUInt64BigEndian(plain, (ulong)clock.GetUtcNow().Add(lifetime).UtcTicks);
        text.CopyTo(plain, ExpiryLength);
        return WebEncoders.Base64UrlEncode(Protector(tenantName, purpose).Protect(plain));
    }

    /// <summary>The payload, or null when the token is forged, altered, of another tenant or purpose, or expired.</summary>
    public string? Read(string tenantName, string purpose, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return null;
        }

        try
        {
            var plain = Protector(tenantName, purpose).Unprotect(WebEncoders.Base64UrlDecode(token));
            if (plain.Length < ExpiryLength)
            {
                return null;
            }

            var expiryTicks = BinaryPrimitives.ReadUInt64BigEndian(plain);
            if (expiryTicks > (ulong)DateTimeOffset.MaxValue.UtcTicks
                || new DateTimeOffset((long)expiryTicks, TimeSpan.Zero) <= clock.GetUtcNow())
            {
                return null;
            }

            return Encoding.UTF8.GetString(plain, ExpiryLength, plain.Length - ExpiryLength);
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

    private IDataProtector Protector(string tenantName, string purpose) =>
        _protectors.GetOrAdd((tenantName, purpose), static (key, provider) =>
            provider.CreateProtector("OpinionAct.Media.Newsletters", key.Tenant, key.Purpose).CreateProtector(TimeLimitedPurpose), provider);
}
