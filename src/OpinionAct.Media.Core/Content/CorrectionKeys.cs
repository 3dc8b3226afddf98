using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpinionAct.Media.Content;

/// <summary>
/// A stable name for one entry of an article's corrections log. Corrections are a JSON list without ids, so a
/// notice names its correction by the day and text it was sent for: reordering the log keeps the key, while
/// rewriting a correction's text makes it a new correction (its readers were told the old wording).
/// </summary>
public static class CorrectionKeys
{
    /// <summary>The length of a key: 128 bits of SHA-256 as lower-case hex.</summary>
    public const int Length = 32;

    public static string Of(CorrectionEntry correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var day = correction.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{day}\n{correction.Text.Trim()}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, Length / 2));
    }
}
