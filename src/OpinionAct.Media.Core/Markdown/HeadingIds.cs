using System.Globalization;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace OpinionAct.Media.Markdown;

/// <summary>
/// Gives every heading a readable, stable <c>id</c>: "Écologie et énergie" becomes
/// <c>ecologie-et-energie</c>, "L'œuvre" <c>l-oeuvre</c>; repeats get <c>-1</c>, <c>-2</c>... in document order.
/// Markdig's auto-identifiers drop what has no ASCII decomposition (<c>œ</c>) and glue elided
/// words ("luvre"), so ids are assigned here, after parsing.
/// </summary>
internal static class HeadingIds
{
    private const int MaxLength = 80;

    public static void Assign(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var slug = Slugify(TextOf(heading));
            var id = slug;
            if (!used.Add(id))
            {
                // Resume where the last repeat of this slug stopped, so 10,000 equal headings stay linear.
                var n = repeats.GetValueOrDefault(slug);
                do
                {
                    id = string.Create(CultureInfo.InvariantCulture, $"{slug}-{++n}");
                }
                while (!used.Add(id));
                repeats[slug] = n;
            }

            heading.GetAttributes().Id = id;
        }
    }

    /// <summary>Lowercase letters and digits without accents, words joined by single hyphens; "section" when nothing is left.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(c switch
            {
                'œ' or 'Œ' => "oe",
                'æ' or 'Æ' => "ae",
                'ß' => "ss",
                _ => char.ToLowerInvariant(c).ToString(),
            });
        }

        if (builder.Length > MaxLength)
        {
            // Cut at the last whole word that fits.
            var cut = builder.ToString(0, MaxLength + 1).LastIndexOf('-');
            builder.Length = cut > 0 ? cut : MaxLength;
        }

        return builder.Length == 0 ? "section" : builder.ToString();
    }

    private static string TextOf(HeadingBlock heading)
    {
        if (heading.Inline is null)
        {
            return string.Empty;
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        renderer.Render(heading.Inline);
        return writer.ToString();
    }
}
