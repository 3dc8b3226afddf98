using System.Globalization;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.Themes;

/// <summary>
/// A hub's brand colour (site settings) and the two colours derived from it so every use keeps WCAG AA:
/// <see cref="OnBrand"/>, the text printed on the colour (white or black, whichever contrasts more: one of them always
/// reaches 4.58:1), and <see cref="Ink"/>, the colour darkened just enough to be read as text or a focus ring on the
/// lightest panels the shipped themes use (4.5:1 against <see cref="LightestPanel"/>, hence against white too).
/// </summary>
public sealed partial record BrandPalette(string Brand, string OnBrand, string Ink)
{
    /// <summary>The darkest light background text in a brand colour sits on (Expert's panel); white is lighter.</summary>
    public const string LightestPanel = "#f1efe8";

    /// <summary>AA for normal text.</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>The message a person gets for anything but a hex colour.</summary>
    public const string InvalidMessage = "Give the brand colour as a hex code such as #1d4f91 (or #14c), or leave it empty for the theme's own.";

    /// <summary>Lower-case <c>#rrggbb</c> for <c>#rgb</c> or <c>#rrggbb</c> (any case, surrounding spaces ignored); null for anything else.</summary>
    public static string? Normalize(string? value)
    {
        var text = value?.Trim();
        if (text is null || !HexColor().IsMatch(text))
        {
            return null;
        }

        text = text.ToLowerInvariant();
        return text.Length == 4 ? $"#{text[1]}{text[1]}{text[2]}{text[2]}{text[3]}{text[3]}" : text;
    }

    /// <summary>The palette of a colour <see cref="Normalize"/> accepts; null for anything else.</summary>
    public static BrandPalette? For(string? value)
    {
        if (Normalize(value) is not { } brand)
        {
            return null;
        }

        var onBrand = Contrast(brand, "#ffffff") >= Contrast(brand, "#000000") ? "#ffffff" : "#000000";
        return new BrandPalette(brand, onBrand, Darkened(brand));
    }

    /// <summary>The custom properties the themes' stylesheets read (<c>var(--brand)</c>...), served as the hub's brand.css.</summary>
    public string Css() => $":root{{--brand:{Brand};--on-brand:{OnBrand};--brand-ink:{Ink}}}\n";

    /// <summary>WCAG 2.1 contrast ratio of two <c>#rrggbb</c> colours, from 1 to 21.</summary>
    public static double Contrast(string first, string second)
    {
        var a = Luminance(first);
        var b = Luminance(second);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>WCAG 2.1 relative luminance of a <c>#rrggbb</c> colour.</summary>
    public static double Luminance(string hex)
    {
        var (r, g, b) = Channels(hex);
        return (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
    }

    // Mixes the colour with black a step at a time, so the hue stays recognisably the brand's.
    private static string Darkened(string brand)
    {
        var (r, g, b) = Channels(brand);
        var color = brand;
        for (var keep = 1.0; Contrast(color, LightestPanel) < MinimumContrast && keep > 0; keep -= 0.02)
        {
            color = Hex(r * keep, g * keep, b * keep);
        }

        return Contrast(color, LightestPanel) < MinimumContrast ? "#000000" : color;
    }

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static (int R, int G, int B) Channels(string hex) => (
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static string Hex(double r, double g, double b) =>
        string.Create(CultureInfo.InvariantCulture, $"#{(int)Math.Round(r):x2}{(int)Math.Round(g):x2}{(int)Math.Round(b):x2}");

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();
}
