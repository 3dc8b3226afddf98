namespace OpinionAct.Media.Tests;

public sealed class TextLimitTests
{
    [Theory]
    [InlineData("Énergie", 10, "Énergie")]
    [InlineData("Énergie", 7, "Énergie")]
    [InlineData("Énergies claires", 7, "Énergie")]
    [InlineData("", 3, "")]
    public void Cut_should_keep_at_most_max_characters(string value, int max, string expected) =>
        Assert.Equal(expected, TextLimit.Cut(value, max));
}
