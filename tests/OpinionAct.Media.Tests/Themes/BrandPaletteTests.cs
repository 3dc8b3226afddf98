using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

public sealed class BrandPaletteTests
{
    [Theory]
    [InlineData("#0F766E", "#0f766e")]
    [InlineData(" #fd0 ", "#ffdd00")]
    [InlineData("#abc", "#aabbcc")]
    public void Normalize_should_give_lower_case_six_digits_when_the_colour_is_hex(string value, string expected) =>
        Assert.Equal(expected, BrandPalette.Normalize(value));

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#0f766e;}body{display:none")]
    [InlineData("0f766e")]
    [InlineData("")]
    [InlineData(null)]
    public void For_should_refuse_anything_but_a_hex_colour(string? value) => Assert.Null(BrandPalette.For(value));

    [Theory]
    [InlineData("#0f766e", "#ffffff")]
    [InlineData("#ffdd00", "#000000")]
    [InlineData("#777777", "#000000")]
    [InlineData("#1d4f91", "#ffffff")]
    public void OnBrand_should_be_the_text_colour_that_reads_best_and_always_reach_AA(string brand, string expected)
    {
        var palette = BrandPalette.For(brand)!;

        Assert.Equal(expected, palette.OnBrand);
        Assert.True(BrandPalette.Contrast(palette.Brand, palette.OnBrand) >= BrandPalette.MinimumContrast);
    }

    [Theory]
    [InlineData("#ffdd00")]
    [InlineData("#ffffff")]
    [InlineData("#7fdbff")]
    [InlineData("#b3471d")]
    public void Ink_should_read_at_AA_on_the_lightest_panel_and_keep_a_colour_that_already_does(string brand)
    {
        var palette = BrandPalette.For(brand)!;

        Assert.True(BrandPalette.Contrast(palette.Ink, BrandPalette.LightestPanel) >= BrandPalette.MinimumContrast, palette.Ink);
        Assert.True(BrandPalette.Contrast(palette.Ink, "#ffffff") >= BrandPalette.MinimumContrast, palette.Ink);
        if (BrandPalette.Contrast(brand, BrandPalette.LightestPanel) >= BrandPalette.MinimumContrast)
        {
            Assert.Equal(brand, palette.Ink);
        }
    }

    [Fact]
    public void Ink_should_keep_the_hue_when_darkening_a_light_colour()
    {
        var ink = BrandPalette.For("#ffdd00")!.Ink;

        // Still a yellow-brown (red ≥ green > blue), not black.
        var (r, g, b) = (Convert.ToInt32(ink[1..3], 16), Convert.ToInt32(ink[3..5], 16), Convert.ToInt32(ink[5..7], 16));
        Assert.True(r >= g && g > b && r > 0, ink);
    }

    [Fact]
    public void Css_should_define_the_three_custom_properties_the_themes_read() =>
        Assert.Equal(":root{--brand:#0f766e;--on-brand:#ffffff;--brand-ink:#0f766e}\n", BrandPalette.For("#0f766e")!.Css());
}
