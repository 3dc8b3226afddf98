using System.Text.RegularExpressions;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.IntegrationTests.Admin;

public sealed partial class AdminTextTests
{
    [Fact]
    public void Admin_text_should_have_the_same_placeholders_in_both_languages_when_a_string_is_formatted()
    {
        foreach (var key in AdminText.Keys)
        {
            var english = AdminText.English[key];
            var french = AdminText.French[key];

            Assert.False(string.IsNullOrWhiteSpace(english), key);
            Assert.False(string.IsNullOrWhiteSpace(french), key);
            Assert.Equal(Placeholders(english), Placeholders(french));
        }
    }

    [Fact]
    public void Admin_text_should_show_the_key_when_a_string_is_missing()
    {
        Assert.Equal("[[no.such.key]]", AdminText.French["no.such.key"]);
        Assert.Same(AdminText.English, AdminText.For("en"));
        Assert.Same(AdminText.French, AdminText.For("de"));
    }

    private static List<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
