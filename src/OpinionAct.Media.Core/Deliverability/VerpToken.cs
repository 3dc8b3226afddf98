using System.Security.Cryptography;
using System.Text;

namespace OpinionAct.Media.Deliverability;

/// <summary>
/// The token of a VERP return path (<c>bounces+TOKEN@domain</c>): which subscriber (and issue) a message went to,
/// authenticated so a bounce cannot be forged to suppress someone else. An RFC 5321 local part holds at most 64
/// octets, so a Data Protection token does not fit: the token is <c>{subscriber}-{issue}-{mac}</c>, the ids in
/// base 36 (issue 0 = no issue, e.g. a confirmation) and the first 80 bits of an HMAC-SHA256 over them keyed by the
/// tenant's own VERP key, in lower-case base 32 — all lower-case, since some MTAs lower-case local parts. At most
/// 6 + 1 + 6 + 1 + 16 = 30 characters for ids below 2^31.
/// </summary>
public static class VerpToken
{
    /// <summary>The longest token (two int ids in base 36 and the MAC with their separators).</summary>
    public const int MaxLength = 30;

    /// <summary>Bytes of the HMAC kept (80 bits: forging one needs ~2^79 tries against a mailbox that refuses silently).</summary>
    private const int MacBytes = 10;

    private const string Base36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    private const string Base32 = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>A new random key for a tenant (kept encrypted in its settings).</summary>
    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    /// <summary>The token for a message to <paramref name="subscriberId"/> (about <paramref name="issueId"/>, when it is an issue).</summary>
    public static string Mint(ReadOnlySpan<byte> key, int subscriberId, int? issueId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(subscriberId);
        var issue = issueId ?? 0;
        ArgumentOutOfRangeException.ThrowIfNegative(issue);
        var ids = ToBase36(subscriberId) + "-" + ToBase36(issue);
        return ids + "-" + Mac(key, ids);
    }

    /// <summary>Checks a token read back from a bounce; <see cref="VerpCheck.Valid"/> gives the ids it carries.</summary>
    public static VerpCheck Verify(ReadOnlySpan<byte> key, string? token, out int subscriberId, out int? issueId)
    {
        subscriberId = 0;
        issueId = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength + 10)
        {
            return VerpCheck.Forged;
        }

        var parts = token.ToLowerInvariant().Split('-');
        if (parts.Length != 3 || !TryFromBase36(parts[0], out var subscriber) || subscriber == 0 || !TryFromBase36(parts[1], out var issue))
        {
            return VerpCheck.Forged;
        }

        var expected = Encoding.ASCII.GetBytes(Mac(key, parts[0] + "-" + parts[1]));
        var presented = Encoding.ASCII.GetBytes(parts[2]);
        if (!CryptographicOperations.FixedTimeEquals(expected, presented))
        {
            return VerpCheck.Forged;
        }

        subscriberId = subscriber;
        issueId = issue == 0 ? null : issue;
        return VerpCheck.Valid;
    }

    /// <summary>
    /// The token in the first of <paramref name="addresses"/> whose local part is <paramref name="localPart"/> followed
    /// by '+', or null. Any domain: a token minted for another tenant on another domain must still be found, and refused.
    /// </summary>
    public static string? FindIn(IEnumerable<string> addresses, string localPart)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var prefix = localPart + "+";
        foreach (var address in addresses)
        {
            var at = address.LastIndexOf('@');
            if (at > prefix.Length && address.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return address[prefix.Length..at];
            }
        }

        return null;
    }

    private static string Mac(ReadOnlySpan<byte> key, string ids)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes("verp1:" + ids), hash);
        return ToBase32(hash[..MacBytes]);
    }

    private static string ToBase36(int value)
    {
        if (value == 0)
        {
            return "0";
        }

        Span<char> digits = stackalloc char[8];
        var at = digits.Length;
        while (value > 0)
        {
            digits[--at] = Base36[value % 36];
            value /= 36;
        }

        return new string(digits[at..]);
    }

    private static bool TryFromBase36(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 6 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        long total = 0;
        foreach (var c in text)
        {
            var digit = Base36.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return false;
            }

            total = (total * 36) + digit;
        }

        if (total > int.MaxValue)
        {
            return false;
        }

        value = (int)total;
        return true;
    }

    private static string ToBase32(ReadOnlySpan<byte> bytes)
    {
        // 10 bytes = 80 bits = exactly 16 five-bit groups: no padding.
        var builder = new StringBuilder(bytes.Length * 8 / 5);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                builder.Append(Base32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        return builder.ToString();
    }
}
