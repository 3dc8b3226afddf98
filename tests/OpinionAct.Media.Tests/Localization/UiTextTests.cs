using System.Reflection;
using System.Text.RegularExpressions;
using OpinionAct.Media.Localization;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Tests.Localization;

/// <summary>The one catalog of UI strings: complete in both languages, one entry per key, one language rule.</summary>
public sealed partial class UiTextTests
{
    public static TheoryData<UiTextArea> Areas => new(Enum.GetValues<UiTextArea>());

    [Theory]
    [MemberData(nameof(Areas))]
    public void UiText_should_have_both_languages_with_the_same_placeholders_when_a_key_is_declared(UiTextArea area)
    {
        Assert.NotEmpty(UiText.Entries(area));
        foreach (var (key, en, fr) in UiText.Entries(area))
        {
            Assert.False(string.IsNullOrWhiteSpace(key), $"{area}: empty key");
            Assert.False(string.IsNullOrWhiteSpace(en), $"{area}.{key}: no English");
            Assert.False(string.IsNullOrWhiteSpace(fr), $"{area}.{key}: no French");
            Assert.Equal(Placeholders(en), Placeholders(fr));
        }
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void UiText_should_declare_each_key_once_when_an_area_is_built(UiTextArea area)
    {
        var duplicates = UiText.Entries(area).GroupBy(e => e.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData("en", "en", "en-GB")]
    [InlineData("fr", "fr", "fr-FR")]
    [InlineData(null, "fr", "fr-FR")]
    [InlineData("", "fr", "fr-FR")]
    [InlineData("de", "fr", "fr-FR")]
    [InlineData("EN", "fr", "fr-FR")]
    public void UiText_should_be_french_unless_the_language_is_exactly_en_when_looked_up(string? language, string expected, string culture)
    {
        foreach (var area in Enum.GetValues<UiTextArea>())
        {
            var text = UiText.For(area, language);

            Assert.Same(UiText.For(area, expected), text);
            Assert.Equal(expected, text.Language);
            Assert.Equal(culture, text.Culture.Name);
            Assert.Equal(area, text.Area);
        }
    }

    [Fact]
    public void UiText_should_show_the_key_when_a_string_is_missing()
    {
        Assert.Equal("[[no.such.key]]", UiText.For(UiTextArea.Admin, "fr")["no.such.key"]);
        Assert.Equal("[[ReadMore]]", UiText.For(UiTextArea.Admin, "en")["ReadMore"]);
    }

    [Fact]
    public void UiText_should_format_with_the_language_culture_when_a_string_has_placeholders()
    {
        Assert.Equal("1234,5 article(s)", UiText.For(UiTextArea.Admin, "fr").Format("articles.count", 1234.5m));
        Assert.Equal("1234.5 article(s)", UiText.For(UiTextArea.Admin, "en").Format("articles.count", 1234.5m));
        Assert.Equal("Page 2 sur 5", UiText.For(UiTextArea.Admin, "fr").Format("page.of", 2, 5));
    }

    [Theory]
    [InlineData(typeof(ThemeText), UiTextArea.Theme)]
    [InlineData(typeof(EmailText), UiTextArea.Email)]
    [InlineData(typeof(SubscriptionText), UiTextArea.Subscription)]
    public void Site_text_should_have_one_member_per_key_of_its_area_when_templates_read_it(Type type, UiTextArea area)
    {
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal);
        var keys = UiText.Entries(area).Select(e => e.Key).Order(StringComparer.Ordinal);

        Assert.Equal(keys, members);
    }

    [Fact]
    public void Site_text_should_read_the_catalog_in_each_language_when_a_member_is_read()
    {
        Assert.Equal("Lire l'article", ThemeText.French.ReadMore);
        Assert.Equal("Read the article", ThemeText.For("en").ReadMore);
        Assert.Same(ThemeText.French, ThemeText.For("de"));
        Assert.Equal(UiText.For(UiTextArea.Email, "en")["InThisIssue"], EmailText.For("en").InThisIssue);
        Assert.Equal(UiText.For(UiTextArea.Subscription, "fr")["SignupTitle"], SubscriptionText.For(null).SignupTitle);
        Assert.StartsWith("I agree to receive the ticked newsletters of Énergies & demain by email.", SubscriptionText.English.Consent("Énergies & demain"), StringComparison.Ordinal);
    }

    private static List<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
