using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace OpinionAct.Media.Themes;

/// <summary>
/// The <c>inline_styles</c> filter of email templates. Email clients ignore (or strip) style sheets,
/// so the styles of the Markdown body's elements are written onto each element:
/// <c>{{ model.BodyHtml | raw | inline_styles: p: 'margin:0 0 16px', a: 'color:#1d4f91' }}</c>.
/// </summary>
internal static partial class EmailStyles
{
    // The input is the Markdown renderer's own output: every '<' in text and every '"' in attributes is
    // escaped, so a '<' followed by a name always starts a real tag and a regex reads it reliably.
    [GeneratedRegex("<([a-z][a-z0-9]*)(?=[\\s/>])", RegexOptions.CultureInvariant)]
    private static partial Regex StartTag();

    /// <summary>
    /// Only HTML already marked raw (a sanitised member piped through <c>raw</c>) is restyled; plain text
    /// is returned untouched, so it is still encoded when printed: the filter never turns text into markup.
    /// </summary>
    public static ValueTask<FluidValue> InlineStyles(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input is not StringValue { Encode: false } html || !arguments.Names.Any())
        {
            return new ValueTask<FluidValue>(input);
        }

        var styles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in arguments.Names)
        {
            var style = arguments[name].ToStringValue();
            if (style.Length > 0)
            {
                styles[name.ToLowerInvariant()] = HtmlEncoder.Default.Encode(style);
            }
        }

        var result = StartTag().Replace(html.ToStringValue(), match =>
            styles.TryGetValue(match.Groups[1].Value, out var style)
                ? new StringBuilder(match.Length + style.Length + 9).Append(match.Value).Append(" style=\"").Append(style).Append('"').ToString()
                : match.Value);
        return new ValueTask<FluidValue>(new StringValue(result, encode: false));
    }
}
