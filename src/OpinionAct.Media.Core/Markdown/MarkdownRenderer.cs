using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;

namespace OpinionAct.Media.Markdown;

/// <summary>
/// Renders the Markdown of article bodies, expert bios and pages to sanitised HTML and plain text.
/// Thread-safe: the Markdig pipeline and the sanitiser are built once, so register it as a singleton.
/// Never throws on content: null or empty input gives empty output, input beyond
/// <see cref="MarkdownLimits"/> loses its markup or its tail, never the request. See docs/markdown.md.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();
    private readonly ContentSanitizer _sanitizer = new();

    /// <summary>Sanitised HTML, plain text and word count of <paramref name="markdown"/>.</summary>
    public RenderedMarkdown Render(string? markdown)
    {
        var source = MarkdownLimits.Truncate(markdown);
        if (source.Length == 0)
        {
            return RenderedMarkdown.Empty;
        }

        string html;
        try
        {
            html = LinkDefinition().Count(source) > MarkdownLimits.MaxLinkDefinitions
                ? AsParagraphs(source)
                : RenderHtml(source);
        }
        catch (ArgumentException)
        {
            // Markdig's answer to nesting beyond MarkdownLimits.MaxNestingDepth.
            html = AsParagraphs(source);
        }

        var (sanitized, text) = _sanitizer.SanitizeWithText(html);
        return new RenderedMarkdown(sanitized, text, PlainText.CountWords(text));
    }

    /// <summary>
    /// Applies the platform's allow-list to HTML from elsewhere, such as Orchard's
    /// <c>HtmlBodyPart.Html</c>; the same rules as for rendered Markdown.
    /// </summary>
    public string SanitizeHtml(string? html) => _sanitizer.Sanitize(html);

    /// <summary>
    /// Like <see cref="Render"/> for a body that arrives as HTML (Orchard's HtmlBodyPart): the
    /// sanitised HTML with its plain text and word count.
    /// </summary>
    public RenderedMarkdown RenderHtmlBody(string? html)
    {
        var source = MarkdownLimits.Truncate(html);
        if (source.Length == 0)
        {
            return RenderedMarkdown.Empty;
        }

        var (sanitized, text) = _sanitizer.SanitizeWithText(source);
        return new RenderedMarkdown(sanitized, text, PlainText.CountWords(text));
    }

    /// <summary>
    /// The text of <paramref name="markdown"/> as a reader sees it, without markup, for search
    /// indexing, feed and meta descriptions. It is text, not HTML: encode it when writing it out.
    /// </summary>
    public string ToPlainText(string? markdown) => Render(markdown).PlainText;

    // A line that may start a link reference or footnote definition, inside quotes too; errs high.
    [GeneratedRegex(@"^[ \t>]*\[[^\]\n]+\]:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LinkDefinition();

    private string RenderHtml(string source)
    {
        var document = Markdig.Markdown.Parse(source, _pipeline);
        HeadingIds.Assign(document);
        TableAlignment.ToClasses(document);

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>The fallback for input Markdig refuses: its text, escaped, one paragraph per blank-line block.</summary>
    private static string AsParagraphs(string source) => string.Join(
        '\n',
        source.ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(block => "<p>" + WebUtility.HtmlEncode(block) + "</p>"));
}
