using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace OpinionAct.Media.Markdown;

/// <summary>
/// The text of sanitised HTML as a reader sees it. Read from the HTML rather than from Markdig's
/// plain-text mode, which writes the tags of several extensions (definition lists, figures) as text.
/// </summary>
internal static class HtmlText
{
    // Everything else separates words: "<td>a</td><td>b</td>" reads "a b", "<em>l</em>'eau" reads "l'eau".
    private static readonly FrozenSet<string> Inline = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "mark", "span", "strong", "sub", "sup");

    // Footnote numbers and their "↩" back links are navigation, not text.
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(StringComparer.Ordinal, "footnote-ref", "footnote-back-ref");

    public static string Of(IElement root)
    {
        var text = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            if (node is not IElement element || element.ClassList.Any(Skipped.Contains))
            {
                continue;
            }

            if (!Inline.Contains(element.LocalName))
            {
                text.Append(' ');
            }

            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                pending.Push(element.ChildNodes[i]);
            }
        }

        return PlainText.Collapse(text.ToString());
    }
}
