using System.Net;

namespace OpinionAct.Media.Markdown;

// TEMPORARY stand-in (encodes everything) until the Markdig pipeline lands from its branch; removed on merge.
#pragma warning disable CA1822 // stand-in only
public sealed class MarkdownRenderer
{
    public RenderedMarkdown Render(string? markdown)
    {
        var text = markdown ?? string.Empty;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return new RenderedMarkdown($"<p>{WebUtility.HtmlEncode(text)}</p>", text, words);
    }

    public string SanitizeHtml(string? html) => WebUtility.HtmlEncode(html ?? string.Empty);

    public string ToPlainText(string? markdown) => markdown ?? string.Empty;
}

public sealed record RenderedMarkdown(string Html, string PlainText, int WordCount)
{
    public int ReadingMinutes => WordCount == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(WordCount / 220.0));
}
