using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.Content;

/// <summary>URL slugs and paths: lowercase ASCII, accents folded ("Écologie" → "ecologie"), hyphens between words.</summary>
public static partial class Slugs
{
    public const int MaxPathLength = 300;

    /// <summary>First path segments that belong to the site's own routes.</summary>
    public static readonly IReadOnlySet<string> ReservedSegments = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "api", "topics", "experts", "search", "subscribe", "preferences", "newsletters", "assets", "media",
        "feed.xml", "atom.xml", "sitemap.xml", "robots.txt", "health", "connect", "favicon.ico",
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PathPattern();

    /// <summary>Makes a slug from any text; returns "" when nothing usable remains.</summary>
    public static string From(string? text, int maxLength = 80)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal)
                     .Replace("Œ", "oe", StringComparison.Ordinal).Replace("Æ", "ae", StringComparison.Ordinal)
                     .Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        return slug.Length <= maxLength ? slug : slug[..maxLength].TrimEnd('-');
    }

    /// <summary>Returns why <paramref name="path"/> cannot be a content path, or null when it can.</summary>
    public static string? ValidatePath(string path)
    {
        if (path.Length is 0 or > MaxPathLength || !PathPattern().IsMatch(path))
        {
            return $"'{path}' is not a valid path: use lowercase letters, digits and hyphens, with '/' between segments (e.g. 'energie/renovation-2026').";
        }

        var first = path.Split('/')[0];
        return ReservedSegments.Contains(first) ? $"'{path}' starts with '{first}', which the site uses for its own pages." : null;
    }
}
