using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpinionAct.Media.Ambassadors;

/// <summary>
/// An ambassador's share code, <c>{id}-{signature}</c>: the signature is 80 bits of HMAC-SHA256 under the ambassador's
/// own random secret (kept in the hub's database, never shown), over the hub's name and the id. Without the secret no
/// code can be made, so a code cannot be guessed from an id, and another hub's code (another secret, another name)
/// never verifies here. Deterministic, so the admin can show the same link at any time.
/// </summary>
public static class AmbassadorCode
{
    public const int SecretBytes = 32;

    /// <summary>Longest text read from a URL's <c>amb</c> parameter; anything longer is not a code.</summary>
    public const int MaxLength = 40;

    private const int SignatureBytes = 10;

    // Crockford-like base32 in lower case: no padding, no characters that need escaping in a URL.
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    public static string Create(byte[] secret, string tenantName, int id) =>
        string.Create(CultureInfo.InvariantCulture, $"{id}-{Signature(secret, tenantName, id)}");

    /// <summary>The id a code claims, or null when it is not shaped like a code (checked before any look-up).</summary>
    public static int? ClaimedId(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > MaxLength)
        {
            return null;
        }

        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return dash > 0
            && code.Length - dash - 1 == SignatureLength
            && int.TryParse(code.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && id > 0
                ? id
                : null;
    }

    /// <summary>True when <paramref name="code"/> is exactly the code of ambassador <paramref name="id"/> under <paramref name="secret"/> (compared in constant time).</summary>
    public static bool Verify(byte[] secret, string tenantName, int id, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var expected = Encoding.ASCII.GetBytes(Create(secret, tenantName, id));
        var given = Encoding.ASCII.GetBytes(code.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static int SignatureLength => (SignatureBytes * 8 + 4) / 5;

    private static string Signature(byte[] secret, string tenantName, int id)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var mac = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"ambassador\n{tenantName}\n{id}")));
        var text = new StringBuilder(SignatureLength);
        int buffer = 0, bits = 0;
        foreach (var b in mac.AsSpan(0, SignatureBytes))
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        return text.ToString();
    }
}
