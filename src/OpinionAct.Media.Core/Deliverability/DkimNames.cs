using System.Globalization;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.Deliverability;

/// <summary>
/// The names a DKIM key is published under (RFC 6376 §3.6.2.1): <c>{selector}._domainkey.{domain}</c>. A selector is
/// one or more DNS labels of letters, digits and inner hyphens; a sending domain has at least two labels.
/// </summary>
public static partial class DkimNames
{
    public const int MaxSelectorLength = 63;

    public static bool IsValidSelector(string? selector) =>
        selector is { Length: > 0 and <= MaxSelectorLength } && SelectorPattern().IsMatch(selector);

    public static bool IsValidDomain(string? domain) =>
        domain is { Length: > 0 and <= 253 } && DomainPattern().IsMatch(domain);

    /// <summary>The TXT record's name for <paramref name="selector"/> of <paramref name="domain"/>.</summary>
    public static string RecordName(string selector, string domain) => $"{selector}._domainkey.{domain}";

    /// <summary>The selector a new key gets unless one is given: the month it was made, so a rotation names a new one (<c>m202612</c>, then <c>m202612b</c>).</summary>
    public static string DefaultSelector(DateTimeOffset now, IReadOnlyCollection<string> taken)
    {
        var stem = "m" + now.UtcDateTime.ToString("yyyyMM", CultureInfo.InvariantCulture);
        if (!taken.Contains(stem))
        {
            return stem;
        }

        for (var letter = 'b'; letter <= 'z'; letter++)
        {
            if (!taken.Contains(stem + letter))
            {
                return stem + letter;
            }
        }

        return stem + now.UtcDateTime.ToString("ddHHmmss", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$")]
    private static partial Regex SelectorPattern();

    [GeneratedRegex("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex DomainPattern();
}
