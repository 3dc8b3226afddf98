using System.Globalization;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.MediaLibrary;

/// <summary>
/// Finds <c>media:&lt;id&gt;</c> references inside text (Markdown, stored HTML, a field). A database
/// <c>Contains("media:12")</c> also matches <c>media:123</c>; <see cref="Mentions"/> is the exact check after it.
/// </summary>
public static partial class MediaMentions
{
    /// <summary>Whether <paramref name="text"/> refers to item <paramref name="id"/> (media:12, not media:123).</summary>
    public static bool Mentions(string? text, int id)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (Match match in Reference().Matches(text))
        {
            if (int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var found) && found == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every item id <paramref name="text"/> refers to.</summary>
    public static IEnumerable<int> Ids(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        foreach (Match match in Reference().Matches(text))
        {
            if (int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                yield return id;
            }
        }
    }

    // Not preceded by a letter or digit (no "xmedia:1"), not followed by a digit (media:12 is not media:123).
    [GeneratedRegex(@"(?<![A-Za-z0-9])media:([0-9]{1,9})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
