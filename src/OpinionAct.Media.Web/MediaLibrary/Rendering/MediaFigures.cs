using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.MediaLibrary.Rendering;

/// <summary>
/// Expands the <c>&lt;img src="media:12"&gt;</c> that stored bodies keep (see ContentSanitizer) into what readers
/// get, at render time, so a replaced file or an edited caption needs no re-render of the articles. The input is
/// the sanitiser's own output (attributes quoted and escaped), which is why a pattern is enough to find them.
/// An id the tenant does not have loses its img (and a paragraph left empty goes too).
/// </summary>
public static partial class MediaFigures
{
    /// <summary>Whether <paramref name="html"/> holds any library image (pages skip the work when not).</summary>
    public static bool HasImages(string? html) => html is not null && html.Contains("src=\"media:", StringComparison.OrdinalIgnoreCase);

    public static string Expand(string? html, MediaImageSet images, MediaHtmlTarget target)
    {
        if (string.IsNullOrEmpty(html) || !HasImages(html))
        {
            return html ?? string.Empty;
        }

        // An image alone in its paragraph: on a page the paragraph becomes the figure.
        html = AloneInParagraph().Replace(html, match =>
        {
            var image = Image(match.Groups["img"].Value, images, target, standalone: true);
            return image.Length == 0 ? string.Empty : target == MediaHtmlTarget.Page ? image : "<p>" + image + "</p>";
        });
        return LibraryImage().Replace(html, match => Image(match.Value, images, target, standalone: false));
    }

    private static string Image(string tag, MediaImageSet images, MediaHtmlTarget target, bool standalone)
    {
        var id = int.Parse(Attribute(tag, "src")!.AsSpan("media:".Length), NumberStyles.None, CultureInfo.InvariantCulture);
        var value = MediaReference.For(id);
        var alt = Attribute(tag, "alt");
        var caption = Attribute(tag, "title");
        if (images.Item(id) is null)
        {
            return string.Empty;
        }

        var html = new StringBuilder();
        if (target == MediaHtmlTarget.Email)
        {
            var email = images.Email(value, alt)!;
            html.Append("<img src=\"").Append(Encode(email.Src)).Append("\" width=\"").Append(email.Width).Append("\" height=\"").Append(email.Height)
                .Append("\" alt=\"").Append(Encode(email.Alt)).Append("\" style=\"display:block;max-width:100%;height:auto;border:0\">");
            return html.ToString();
        }

        var view = images.Image(value, alt)!;
        if (!standalone)
        {
            return Picture(view, html, lazy: true).ToString();
        }

        html.Append("<figure class=\"media-figure\">");
        Picture(view, html, lazy: true);
        var text = string.Join(" · ", new[] { string.IsNullOrWhiteSpace(caption) ? view.Caption : caption, view.Credit }.Where(t => !string.IsNullOrWhiteSpace(t)));
        if (text.Length > 0)
        {
            html.Append("<figcaption>").Append(Encode(text)).Append("</figcaption>");
        }

        return html.Append("</figure>").ToString();
    }

    /// <summary>
    /// <c>&lt;picture&gt;</c> with a WebP source and the master-format srcset, width and height (no layout shift);
    /// the same markup as the themes' <c>_image</c> partial.
    /// </summary>
    public static StringBuilder Picture(ImageView image, StringBuilder html, bool lazy)
    {
        html.Append("<picture>");
        if (image.WebpSrcset is not null)
        {
            html.Append("<source type=\"image/webp\" srcset=\"").Append(Encode(image.WebpSrcset)).Append("\" sizes=\"").Append(Encode(image.Sizes)).Append("\">");
        }

        html.Append("<img src=\"").Append(Encode(image.Src)).Append('"');
        if (image.Srcset is not null)
        {
            html.Append(" srcset=\"").Append(Encode(image.Srcset)).Append("\" sizes=\"").Append(Encode(image.Sizes)).Append('"');
        }

        if (image.Width > 0)
        {
            html.Append(" width=\"").Append(image.Width).Append("\" height=\"").Append(image.Height).Append('"');
        }

        html.Append(" alt=\"").Append(Encode(image.Alt)).Append('"');
        html.Append(lazy ? " loading=\"lazy\"" : string.Empty).Append(" decoding=\"async\"></picture>");
        return html;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, "\\s" + name + "=\"([^\"]*)\"", RegexOptions.CultureInvariant);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    // Quotes and markup encoded, accented letters left readable (as the themes' encoder does).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string value) => Encoder.Encode(value);

    [GeneratedRegex("<img\\s[^>]*?src=\"media:[1-9][0-9]{0,8}\"[^>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LibraryImage();

    [GeneratedRegex("<p>\\s*(?<img><img\\s[^>]*?src=\"media:[1-9][0-9]{0,8}\"[^>]*>)\\s*</p>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AloneInParagraph();
}
