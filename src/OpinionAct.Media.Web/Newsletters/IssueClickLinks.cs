using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Click tracking for one issue's HTML: every <c>href</c> to an outside http(s) page becomes a signed, counted
/// redirect through the hub. The reader's own links (manage, unsubscribe) and over-long URLs stay as they are,
/// and the plain-text part is left untouched, so a reader who prefers it is never counted.
/// </summary>
internal static partial class IssueClickLinks
{
    public static string Rewrite(string html, string hubBaseUrl, Func<string, string> tracked) =>
        Href().Replace(html, match =>
        {
            var url = WebUtility.HtmlDecode(match.Groups["url"].Value);
            var own = url.StartsWith(hubBaseUrl + "/newsletters/", StringComparison.OrdinalIgnoreCase)
                || url.StartsWith(IssueMessageTemplate.PlaceholderOrigin, StringComparison.Ordinal);
            return own || url.Length > IssueLinkClickRecord.MaxUrlLength
                ? match.Value
                : $"href=\"{HtmlEncoder.Default.Encode(tracked(url))}\"";
        });

    [GeneratedRegex("href=\"(?<url>https?://[^\"]+)\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Href();
}
