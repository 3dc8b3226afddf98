using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OpinionAct.Media.MediaLibrary;

/// <summary>
/// The library images a Markdown text shows: every <c>![alt](media:&lt;id&gt;)</c>, read with Markdig's
/// parser (so an example inside a code block is not an image), with the alt text the author wrote.
/// </summary>
public static class MarkdownImages
{
    public static IReadOnlyList<MarkdownImage> Find(string? markdown)
    {
        // Cheap guard: most bodies hold no library image, and parsing a long one is not free.
        if (string.IsNullOrEmpty(markdown) || !markdown.Contains(MediaReference.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var images = new List<MarkdownImage>();
        foreach (var link in Markdig.Markdown.Parse(markdown).Descendants<LinkInline>())
        {
            if (link.IsImage && MediaReference.Parse(link.Url?.Trim()) is { } id)
            {
                images.Add(new MarkdownImage(id, Text(link).Trim()));
            }
        }

        return images;
    }

    private static string Text(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case ContainerInline inner:
                    text.Append(Text(inner));
                    break;
            }
        }

        return text.ToString();
    }
}
