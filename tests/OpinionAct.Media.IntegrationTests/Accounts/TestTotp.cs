using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.IntegrationTests.Accounts;

/// <summary>RFC 6238 (HMAC-SHA1, 30 s, 6 digits) written out again for tests, independent of the product's code: what an authenticator app would show.</summary>
public static partial class TestTotp
{
    public static string Code(string base32Key, DateTimeOffset time)
    {
        var key = Base32(base32Key);
        var counter = BitConverter.GetBytes(time.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

#pragma warning disable CA5350 // The algorithm authenticator apps use.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The key of the otpauth URI on a page.</summary>
    public static string KeyFrom(string html) => SecretPattern().Match(html).Groups[1].Value;

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.TrimEnd('=').ToUpperInvariant().Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }

    [GeneratedRegex("secret=([A-Z2-7]+)")]
    private static partial Regex SecretPattern();
}
