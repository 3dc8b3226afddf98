using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OpinionAct.Media.Newsletters;

/// <summary>
/// The plain-text part of an email, read from its final HTML (so it says exactly what the HTML says, never the
/// Markdown source): headings (underlined), paragraphs, lists, quotes and data tables keep their shape; a link reads
/// <c>text (url)</c>; what a reader of the HTML does not see is left out (the preheader, <c>display:none</c>,
/// <c>hidden</c>, <c>aria-hidden</c>, Outlook-only conditional comments, images); entities are decoded; lines are
/// wrapped at 78 columns, never inside a word, so a long URL stays whole on a line of its own.
/// A template drops something that only makes sense on screen (a second "read" link) with <c>data-plain="skip"</c>.
/// </summary>
public static class EmailPlainText
{
    /// <summary>RFC 5322's recommended line length.</summary>
    public const int Width = 78;

    /// <summary>Deeper HTML (no template nests this far) is read as plain words: the walk is recursive.</summary>
    private const int MaxDepth = 200;

    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "aside", "center", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "header",
        "main", "nav", "p", "section", "td", "th", "caption", "tbody", "thead", "tfoot");

    private static readonly FrozenSet<string> Ignored = FrozenSet.Create(
        StringComparer.Ordinal, "head", "script", "style", "template", "title", "img", "picture", "video", "audio", "svg", "noscript", "object");

    /// <summary>The text part of <paramref name="html"/> (a whole document or a fragment), ending with one line break.</summary>
    public static string FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = new HtmlParser().ParseDocument(html);
        var writer = new PlainTextWriter(Width);
        if (document.Body is { } body)
        {
            Walk(body, writer, 0);
        }

        return writer.Finish();
    }

    private static void Walk(INode node, PlainTextWriter writer, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Text(text.Data);
                    break;
                case IElement element when depth >= MaxDepth:
                    writer.Text(element.TextContent);
                    break;
                case IElement element when !IsHidden(element):
                    Element(element, writer, depth + 1);
                    break;
            }
        }
    }

    private static void Element(IElement element, PlainTextWriter writer, int depth)
    {
        var name = element.LocalName;
        switch (name)
        {
            case var _ when Ignored.Contains(name):
                return;
            case "br":
                writer.LineBreak();
                return;
            case "hr":
                writer.Rule();
                return;
            case "a":
                Link(element, writer, depth);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                writer.EndBlock();
                Walk(element, writer, depth);
                writer.Heading(name[1] - '0');
                return;
            case "ul" or "ol":
                List(element, writer, depth, ordered: name == "ol");
                return;
            case "li":
                // A list item outside a list: read as a bullet.
                writer.Item("- ", () => Walk(element, writer, depth));
                return;
            case "blockquote":
                writer.Indented("> ", () => Walk(element, writer, depth));
                return;
            case "pre":
                writer.Preformatted(element.TextContent);
                return;
            case "table" when !IsLayoutTable(element):
                DataTable(element, writer);
                return;
            case "table" or "tr":
                writer.EndBlock();
                Walk(element, writer, depth);
                writer.EndBlock();
                return;
            case var _ when Blocks.Contains(name):
                writer.EndBlock();
                Walk(element, writer, depth);
                writer.EndBlock();
                return;
            default:
                Walk(element, writer, depth);
                return;
        }
    }

    private static void Link(IElement link, PlainTextWriter writer, int depth)
    {
        var start = writer.Mark();
        Walk(link, writer, depth);
        var text = writer.Since(start).Trim();
        var href = link.GetAttribute("href")?.Trim();
        var target = Target(href);
        if (text.Length == 0 || target is null)
        {
            // An image-only link (a cover) repeats the title's link; an anchor or script link goes nowhere in text.
            return;
        }

        if (!SameAs(text, target))
        {
            writer.Text(" (" + target + ")");
        }
    }

    /// <summary>What a reader of plain text can follow: web and mail links, the address alone for <c>mailto:</c>.</summary>
    private static string? Target(string? href)
    {
        if (string.IsNullOrEmpty(href))
        {
            return null;
        }

        if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            var address = href[7..];
            var query = address.IndexOf('?', StringComparison.Ordinal);
            return Uri.UnescapeDataString(query >= 0 ? address[..query] : address);
        }

        return href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? href
            : null;
    }

    private static bool SameAs(string text, string target)
    {
        static string Bare(string value) => value.Replace("https://", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("http://", string.Empty, StringComparison.OrdinalIgnoreCase).TrimEnd('/');
        return string.Equals(Bare(text), Bare(target), StringComparison.OrdinalIgnoreCase);
    }

    private static void List(IElement list, PlainTextWriter writer, int depth, bool ordered)
    {
        writer.EndBlock();
        var number = ordered && int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        foreach (var child in list.Children)
        {
            if (child.LocalName != "li" || IsHidden(child))
            {
                continue;
            }

            var marker = ordered ? $"{number++}. " : "- ";
            writer.Item(marker, () => Walk(child, writer, depth));
        }

        writer.EndBlock();
    }

    /// <summary>A data table (from a Markdown body) reads one row a line, cells separated by " | ".</summary>
    private static void DataTable(IElement table, PlainTextWriter writer)
    {
        writer.EndBlock();
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            var cells = row.Children.Where(c => c.LocalName is "td" or "th" && !IsHidden(c))
                .Select(c => PlainTextWriter.Collapse(c.TextContent).Trim());
            writer.Line(string.Join(" | ", cells));
        }

        writer.EndBlock();
    }

    /// <summary>Email layouts are tables of role presentation; a Markdown table has none.</summary>
    private static bool IsLayoutTable(IElement table) =>
        string.Equals(table.GetAttribute("role"), "presentation", StringComparison.OrdinalIgnoreCase) || table.HasAttribute("cellpadding");

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(element.GetAttribute("data-plain"), "skip", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = string.Concat(style.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal)
            || compact.Contains("mso-hide:all", StringComparison.Ordinal)
            || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
