using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Ganss.Xss;

namespace OpinionAct.Media.Markdown;

/// <summary>
/// The one HTML allow-list of the platform, for Markdig's output and for HTML we accept as is
/// (Orchard's <c>HtmlBodyPart</c>). Built once; <see cref="HtmlSanitizer.Sanitize"/> is thread-safe
/// as long as the configuration is not changed, and the event handlers here keep no state.
/// </summary>
internal sealed partial class ContentSanitizer
{
    private static readonly string[] AllowedTags =
    [
        // h1 is let in only to be demoted: the page title is the page's one h1.
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "em", "strong", "b", "i", "code", "pre", "blockquote",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        "img", "figure", "figcaption", "hr", "br", "sup", "sub", "del", "ins", "mark", "abbr", "cite",
        "span", "div", "input",
    ];

    // No style, no on*, no target or rel (set here), no srcset (a second URL channel).
    private static readonly string[] AllowedAttributes =
    [
        "href", "src", "alt", "title", "id", "class", "start", "colspan", "rowspan", "scope", "type", "checked", "disabled",
    ];

    // Relative URLs (no scheme) are always allowed; everything else (javascript:, data:, vbscript:...) is dropped.
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    // Removed with everything inside: their content is code, another document, or a control, never article text.
    private static readonly FrozenSet<string> DropWithContent = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
        "svg", "math", "form", "textarea", "select", "button", "title", "head", "xmp", "noembed", "noframes",
        "plaintext", "canvas", "audio", "video");

    private static readonly FrozenSet<string> AllowedTagSet = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, AllowedTags);

    private readonly HtmlSanitizer _sanitizer;

    public ContentSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(AllowedTags);
        options.AllowedAttributes.UnionWith(AllowedAttributes);
        options.AllowedSchemes.UnionWith(AllowedSchemes);
        options.UriAttributes.UnionWith(["href", "src"]);

        // Unknown wrappers (<section>, <font>, <center>...) lose their tag but keep their text.
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };

        // A library image (<img src="media:12">) is kept as written: pages turn it into a responsive
        // figure at render time. Only an img's src, only "media:" and digits; the scheme is never
        // allowed anywhere else (a link to media:12 loses its href like any unknown scheme).
        _sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is null
                && string.Equals(e.Tag.LocalName, "img", StringComparison.OrdinalIgnoreCase)
                && e.Tag.GetAttribute("src") == e.OriginalUrl
                && MediaImageSource().IsMatch(e.OriginalUrl))
            {
                e.SanitizedUrl = e.OriginalUrl;
            }
        };
        _sanitizer.RemovingTag += (_, e) =>
        {
            if (DropWithContent.Contains(e.Tag.LocalName))
            {
                e.Tag.TextContent = string.Empty;
            }
        };
    }

    [GeneratedRegex("^media:[1-9][0-9]{0,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaImageSource();

    [GeneratedRegex("<[^>]*>?", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    /// <summary>Sanitises HTML from elsewhere, cut to <see cref="MarkdownLimits.MaxInputLength"/> first.</summary>
    public string Sanitize(string? html) => Sanitize(MarkdownLimits.Truncate(html), withText: false).Html;

    /// <summary>
    /// Sanitises Markdig's output, whose length follows from the already limited Markdown, and
    /// from the same tree reads its text as a reader sees it.
    /// </summary>
    public (string Html, string Text) SanitizeWithText(string html) => Sanitize(html, withText: true);

    private (string Html, string Text) Sanitize(string input, bool withText)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return (string.Empty, string.Empty);
        }

        if (HtmlNesting.IsPathological(input, AllowedTagSet))
        {
            input = AnyTag().Replace(input, " ");
        }

        using var document = _sanitizer.SanitizeDom(input);
        if (document.Body is not { } body)
        {
            return (string.Empty, string.Empty);
        }

        return (HtmlWriter.Write(body), withText ? HtmlText.Of(body) : string.Empty);
    }
}
