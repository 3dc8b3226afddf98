using System.Collections.Frozen;

namespace OpinionAct.Media.Markdown;

/// <summary>
/// A linear scan that estimates, without parsing, whether HTML would make AngleSharp or the
/// sanitiser expensive: too deep (<see cref="MarkdownLimits.MaxHtmlDepth"/>), too many unclosed
/// formatting elements, or too many elements and comments to remove. It reads tag names only and
/// errs high: markup inside comments or scripts counts too, which real content never gets near.
/// </summary>
internal static class HtmlNesting
{
    // Void elements never hold children; these others are closed by the next sibling's start tag.
    private static readonly FrozenSet<string> NeverNest = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "option", "optgroup", "rb", "rp", "rt", "rtc");

    // The HTML parser's "active formatting elements": left open, they are re-created in each following block.
    private static readonly FrozenSet<string> Formatting = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    public static bool IsPathological(string html, FrozenSet<string> allowedTags)
    {
        var neverNest = NeverNest.GetAlternateLookup<ReadOnlySpan<char>>();
        var formatting = Formatting.GetAlternateLookup<ReadOnlySpan<char>>();
        var allowed = allowedTags.GetAlternateLookup<ReadOnlySpan<char>>();
        var depth = 0;
        var openFormatting = 0;
        var reconstructions = 0L;
        var removals = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i))
        {
            i++;
            var closing = html[i] == '/';
            var start = closing ? i + 1 : i;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            var name = html.AsSpan(start, end - start);
            if (name.IsEmpty || !char.IsAsciiLetter(name[0]))
            {
                // Comments, doctypes and processing instructions are all removed.
                removals += html[i] is '!' or '?' ? 1 : 0;
            }
            else if (closing)
            {
                depth = neverNest.Contains(name) ? depth : Math.Max(0, depth - 1);
                openFormatting = formatting.Contains(name) ? Math.Max(0, openFormatting - 1) : openFormatting;
            }
            else
            {
                reconstructions += openFormatting;
                openFormatting += formatting.Contains(name) ? 1 : 0;
                depth += neverNest.Contains(name) ? 0 : 1;
                removals += allowed.Contains(name) ? 0 : 1;
            }

            if (depth > MarkdownLimits.MaxHtmlDepth
                || reconstructions > MarkdownLimits.MaxFormattingReconstructions
                || removals > MarkdownLimits.MaxHtmlRemovals)
            {
                return true;
            }

            i = end;
        }

        return false;
    }
}
