using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpinionAct.Media.Webhooks;

/// <summary>
/// The <c>X-Media-Signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "&lt;t&gt;.&lt;body&gt;"&gt;</c>, keyed with the
/// UTF-8 bytes of the hook's secret (as Stripe does). The timestamp is signed too, so a receiver that refuses old
/// timestamps cannot be fed a captured request again later.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-Media-Signature";

    public static string Header(string secret, long unixSeconds, string body) =>
        $"t={unixSeconds.ToString(CultureInfo.InvariantCulture)},v1={Compute(secret, unixSeconds, body)}";

    public static string Compute(string secret, long unixSeconds, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var signed = Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + "." + body);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>
    /// What a receiver does: parses the header, recomputes the HMAC in constant time, and refuses a timestamp
    /// further than <paramref name="tolerance"/> from <paramref name="now"/>.
    /// </summary>
    public static bool Verify(string secret, string? header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }

        long? timestamp = null;
        var candidates = new List<string>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("t=", StringComparison.Ordinal) && long.TryParse(part.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var t))
            {
                timestamp = t;
            }
            else if (part.StartsWith("v1=", StringComparison.Ordinal))
            {
                candidates.Add(part[3..]);
            }
        }

        if (timestamp is not { } ts || Math.Abs(now.ToUnixTimeSeconds() - ts) > tolerance.TotalSeconds)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, ts, body));
        return candidates.Any(c => CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(c)));
    }
}
