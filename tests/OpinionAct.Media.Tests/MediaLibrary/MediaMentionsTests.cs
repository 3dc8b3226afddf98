using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Tests.MediaLibrary;

public sealed class MediaMentionsTests
{
    [Theory]
    [InlineData("![x](media:12)", true)]
    [InlineData("<img src=\"media:12\" alt=\"x\">", true)]
    [InlineData("media:12", true)]
    [InlineData("MEDIA:12 et media:5", true)]
    [InlineData("![x](media:123)", false)]
    [InlineData("![x](media:1)", false)]
    [InlineData("![x](xmedia:12)", false)]
    [InlineData("https://cdn.example/media/12.jpg", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Mentions_should_match_the_exact_id_only_when_text_refers_to_library_items(string? text, bool expected) =>
        Assert.Equal(expected, MediaMentions.Mentions(text, 12));

    [Fact]
    public void Ids_should_list_every_reference_when_a_body_has_several() =>
        Assert.Equal([3, 45, 3], MediaMentions.Ids("![a](media:3) puis ![b](media:45 \"c\") et <img src=\"media:3\">"));
}
