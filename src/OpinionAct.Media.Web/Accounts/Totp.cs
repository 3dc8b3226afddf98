using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// RFC 6238 time-based one-time passwords as authenticator apps make them: HMAC-SHA1, 30-second steps,
/// 6 digits, the key in Base32. <see cref="Match"/> says which step a code belongs to (the current one,
/// or one either side for clock drift), so the caller can refuse a step already used.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;

    public static long Step(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 as authenticator apps implement it is HMAC-SHA1; HMAC-SHA1 is not weakened by SHA-1's collisions.
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>The step of <paramref name="code"/> among the current one and one either side, or null when none gives it.</summary>
    public static long? Match(string base32Key, string? code, DateTimeOffset now)
    {
        code = code?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (code is not { Length: 6 } || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var key = Base32.Decode(base32Key);
        var current = Step(now);
        long? matched = null;
        for (var step = current - 1; step <= current + 1; step++)
        {
            // Every candidate is compared, in fixed time, so the answer's timing says nothing about which matched.
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(key, step)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                matched = step;
            }
        }

        return matched;
    }

    /// <summary>The <c>otpauth://</c> URI an authenticator app reads (from a QR code, or typed).</summary>
    public static string Uri(string issuer, string account, string base32Key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}?secret={base32Key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6&period={StepSeconds}";
}
