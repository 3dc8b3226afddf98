using System.Xml.Linq;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

public sealed class FaviconSvgTests
{
    [Theory]
    [InlineData("Énergies Claires", "É")]
    [InlineData("  « l'Observatoire »", "L")]
    [InlineData("42 degrés", "4")]
    [InlineData("---", "·")]
    public void Initial_should_be_the_first_letter_or_digit_upper_cased_when_the_name_starts_with_anything(string name, string expected)
    {
        Assert.Equal(expected, FaviconSvg.Initial(name));
    }

    [Fact]
    public void For_should_draw_the_initial_on_the_brand_colour_when_the_theme_gives_one()
    {
        var svg = XDocument.Parse(FaviconSvg.For("énergies", "#b3471d"));

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("#b3471d", svg.Root!.Element(ns + "rect")!.Attribute("fill")!.Value);
        Assert.Equal("É", svg.Root.Element(ns + "text")!.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("red\"/><script>alert(1)</script>")]
    [InlineData("url(#x)")]
    public void For_should_use_the_default_colour_when_the_brand_colour_is_missing_or_not_a_hex_colour(string? color)
    {
        var svg = FaviconSvg.For("<script>", color);

        Assert.Contains($"fill=\"{FaviconSvg.DefaultColor}\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("script", svg, StringComparison.OrdinalIgnoreCase);
        XDocument.Parse(svg);
    }
}
