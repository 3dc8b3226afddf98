using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace OpinionAct.Media.Markdown;

/// <summary>
/// Serialises the sanitised tree and applies the output rules on the way: heading demotion, link
/// and image attributes, read-only checkboxes, class allow-list. Done while writing, not by editing
/// the tree, and without AngleSharp's serialiser: AngleSharp 1.9 finds a node's next sibling by
/// scanning its parent's children, so both cost time quadratic in the number of siblings
/// (60,000 paragraphs: 10 s). Escaping follows the HTML serialisation algorithm.
/// </summary>
internal static partial class HtmlWriter
{
    private static readonly FrozenSet<string> VoidElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    /// <summary>
    /// Classes that Markdig writes and themes may style; any other class (Orchard HTML, code-fence
    /// info strings beyond a language name) is dropped so content cannot borrow the theme's classes.
    /// </summary>
    [GeneratedRegex(
        "^(?:footnotes|footnote-ref|footnote-back-ref|contains-task-list|task-list-item|math|align-(?:left|center|right)"
        + "|language-[a-z0-9_+#.-]{1,40})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AllowedClass();

    public static string Write(IElement root)
    {
        // The page title is the page's h1. When the body uses h1 as well, every heading moves one
        // level down (h6 stays h6), so a body written "# Part / ## Section" keeps its outline under
        // the title, and a body that starts at "##" is left as written.
        var demote = root.QuerySelector("h1") is not null;

        var html = new StringBuilder();
        var pending = new Stack<Pending>();
        PushChildren(pending, root);
        while (pending.TryPop(out var item))
        {
            if (item.CloseTag is not null)
            {
                html.Append("</").Append(item.CloseTag).Append('>');
            }
            else if (item.Node is IText text)
            {
                Escape(html, text.Data, attribute: false);
            }
            else if (item.Node is IElement element)
            {
                WriteElement(html, pending, element, demote);
            }
        }

        return html.ToString();
    }

    private static void WriteElement(StringBuilder html, Stack<Pending> pending, IElement element, bool demote)
    {
        var name = element.LocalName;
        var extra = default(string);
        switch (name)
        {
            case "a" when string.IsNullOrWhiteSpace(element.GetAttribute("href")):
                // The sanitiser removed its URL (javascript:...): the link becomes its text.
                PushChildren(pending, element);
                return;
            case "a" when IsExternal(element.GetAttribute("href")!):
                // Only noopener: articles are edited by the brand and cite their sources on purpose, so
                // outbound links are editorial (no nofollow, no ugc). Reader comments, if they come,
                // are the content that should carry those.
                extra = " rel=\"noopener\"";
                break;
            case "img" when string.IsNullOrWhiteSpace(element.GetAttribute("src")):
                return;
            case "img":
                extra = " loading=\"lazy\"";
                break;
            case "input" when !string.Equals(element.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase):
                // Task lists are the only inputs: read-only checkboxes.
                return;
            case "input" when !element.HasAttribute("disabled"):
                extra = " disabled=\"disabled\"";
                break;
            case "div" when IsTableScroll(element):
                // A wrapper written by an earlier pass (HTML sanitised again): the table below gets a fresh one,
                // so content can neither double it nor bring its own role, tabindex or label.
                PushChildren(pending, element);
                return;
            case "table":
                // Wide tables scroll inside their own box on phones instead of widening the page; the box is
                // focusable and labelled so keyboard and screen-reader users can reach and scroll it.
                html.Append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
                Escape(html, TableLabel(element), attribute: true);
                html.Append("\">");
                pending.Push(new Pending(null, "div"));
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" when demote:
                name = "h" + (char)(name[1] + 1);
                break;
        }

        html.Append('<').Append(name);
        foreach (var attribute in element.Attributes)
        {
            var value = attribute.Name == "class" ? AllowedClasses(attribute.Value) : attribute.Value;
            if (value is not null)
            {
                html.Append(' ').Append(attribute.Name).Append("=\"");
                Escape(html, value, attribute: true);
                html.Append('"');
            }
        }

        html.Append(extra).Append('>');
        if (VoidElements.Contains(name))
        {
            return;
        }

        // The parser drops a newline right after <pre>; one that belongs to the text is written twice.
        if (name == "pre" && element.FirstChild is IText { Data: ['\n', ..] })
        {
            html.Append('\n');
        }

        pending.Push(new Pending(null, name));
        PushChildren(pending, element);
    }

    private static void PushChildren(Stack<Pending> pending, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push(new Pending(children[i], null));
        }
    }

    private static bool IsTableScroll(IElement element) =>
        element.ClassList.Contains("table-scroll") && element.Children.Length == 1 && element.Children[0].LocalName == "table";

    // The caption says what the table is; without one, "Table" reads the same in French and English
    // (the renderer does not know the page's language).
    private static string TableLabel(IElement table)
    {
        var caption = table.Children.FirstOrDefault(c => c.LocalName == "caption")?.TextContent.Trim();
        return string.IsNullOrEmpty(caption) ? "Table" : TextLimit.Cut(caption, 100);
    }

    private static string? AllowedClasses(string value)
    {
        var kept = value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(c => AllowedClass().IsMatch(c));
        var classes = string.Join(' ', kept);
        return classes.Length == 0 ? null : classes;
    }

    private static void Escape(StringBuilder html, string value, bool attribute)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '\u00A0' => html.Append("&nbsp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' when attribute => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }
    }

    /// <summary>
    /// http(s) URLs and scheme-relative ones. Browsers drop tabs and newlines from URLs and read
    /// a backslash as a slash, so <c>\\host</c> and <c>/\host</c> are other sites too.
    /// </summary>
    private static bool IsExternal(string href)
    {
        var url = href.Trim().Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal).Replace('\\', '/');
        return url.StartsWith("//", StringComparison.Ordinal)
            || url.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
    }

    private readonly record struct Pending(INode? Node, string? CloseTag);
}
