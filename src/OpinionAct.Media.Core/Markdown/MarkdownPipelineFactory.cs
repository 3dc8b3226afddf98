using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;

namespace OpinionAct.Media.Markdown;

internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create()
    {
        // Raw HTML is disabled rather than passed to the sanitiser: authors write Markdown, and text
        // like "the <title> tag" or "a <b> c" then reads as typed instead of vanishing into a tag
        // the sanitiser strips. HTML we do accept as HTML (Orchard's HtmlBodyPart) goes through
        // MarkdownRenderer.SanitizeHtml. Markdig's own output is sanitised all the same, because
        // links and images carry author-chosen URLs (javascript:, data:...).
        var builder = new MarkdownPipelineBuilder()
            .UseAdvancedExtensions()
            .DisableHtml();

        // GitHub alerts (> [!NOTE]) write an English title ("Note", "Warning") and an <svg> icon
        // into French articles. Without the extension they are ordinary quotes.
        builder.Extensions.TryRemove<AlertExtension>();

        // Media links turn image syntax into <iframe> embeds, which the sanitiser would remove.
        builder.Extensions.TryRemove<MediaLinkExtension>();

        // Generic attributes ({#id .class onclick=...}) and custom containers (::: name) let authors
        // write ids and classes: the sanitiser would drop the dangerous ones, but ids and theme
        // classes are the page's, not the article's.
        builder.Extensions.TryRemove<GenericAttributesExtension>();
        builder.Extensions.TryRemove<CustomContainerExtension>();

        // Heading ids are HeadingIds' (readable French slugs). Markdig's extension would also let
        // "[Heading text]" link to a heading, but it fails on headings InlineLimitExtension keeps as text.
        builder.Extensions.TryRemove<AutoIdentifierExtension>();

        builder.Extensions.Add(new InlineLimitExtension());
        builder.MaximumNestingDepth = MarkdownLimits.MaxNestingDepth;
        return builder.Build();
    }
}
