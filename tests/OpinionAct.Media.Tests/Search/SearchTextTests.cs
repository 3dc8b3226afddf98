using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   \t\n ", "")]
    [InlineData("  Rénovation   Énergétique \r\n 2024 ", "rénovation énergétique 2024")]
    [InlineData("pompe\u0000 à\u0007chaleur", "pompe àchaleur")]
    [InlineData("L'ÉLECTRICITÉ", "l'électricité")]
    [InlineData("\"Transition Énergétique\" AND title:x", "\"transition énergétique\" and title:x")]
    public void Normalize_should_trim_collapse_strip_controls_and_lowercase_when_given_raw_text(string? raw, string expected)
    {
        Assert.Equal(expected, SearchText.Normalize(raw));
    }

    [Fact]
    public void Normalize_should_keep_at_most_200_characters_when_the_query_is_huge()
    {
        var normalized = SearchText.Normalize(new string('a', 10_000));

        Assert.Equal(SearchText.MaxLength, normalized.Length);
    }

    [Fact]
    public void Normalize_should_not_split_a_surrogate_pair_when_cutting_at_the_limit()
    {
        var normalized = SearchText.Normalize(new string('a', 199) + "😀😀");

        Assert.Equal(199, normalized.Length);
        Assert.False(char.IsHighSurrogate(normalized[^1]));
    }

    [Fact]
    public void Normalize_should_drop_lone_surrogates_and_keep_emoji_when_text_mixes_them()
    {
        Assert.Equal("éolien 🌬 x", SearchText.Normalize("Éolien 🌬 \uD83Dx"));
    }
}
