using System.Globalization;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.Themes;

/// <summary>
/// The icon of a hub whose theme brings none: the first letter of its name, white on the theme's brand colour,
/// as a 64×64 SVG (every current browser takes an SVG favicon; one file serves every size).
/// </summary>
public static partial class FaviconSvg
{
    /// <summary>Used when the theme names no colour, or one that is not a plain hex colour.</summary>
    public const string DefaultColor = "#1f2937";

    public static string For(string siteName, string? brandColor)
    {
        // Only a hex colour reaches the attribute, and only a letter or digit the text: nothing to escape, nothing to inject.
        var color = brandColor is not null && HexColor().IsMatch(brandColor) ? brandColor : DefaultColor;
        var initial = Initial(siteName);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
            + $"<rect width=\"64\" height=\"64\" rx=\"12\" fill=\"{color}\"/>"
            + "<text x=\"32\" y=\"44\" text-anchor=\"middle\" font-family=\"Georgia, 'Times New Roman', serif\" font-size=\"38\" font-weight=\"700\" fill=\"#ffffff\">"
            + initial + "</text></svg>";
    }

    /// <summary>The first letter or digit of the name, upper-cased (a whole grapheme: "É", not "E" and an accent); "·" for none.</summary>
    public static string Initial(string siteName)
    {
        var graphemes = StringInfo.GetTextElementEnumerator(siteName.Normalize());
        while (graphemes.MoveNext())
        {
            var element = graphemes.GetTextElement();
            if (char.IsLetterOrDigit(element, 0))
            {
                return element.ToUpperInvariant();
            }
        }

        return "·";
    }

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();
}
