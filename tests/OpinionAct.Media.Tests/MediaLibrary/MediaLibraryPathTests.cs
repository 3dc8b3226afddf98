using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Tests.MediaLibrary;

public sealed class MediaLibraryPathTests
{
    [Theory]
    [InlineData("blog/cover.jpg", "blog/cover.jpg")]
    [InlineData(" /blog\\cover.jpg ", "blog/cover.jpg")]
    public void Normalize_should_give_one_spelling_when_the_path_is_valid(string path, string expected) =>
        Assert.Equal(expected, MediaLibraryPath.Normalize(path, out _));

    [Theory]
    [InlineData("")]
    [InlineData("../up.jpg")]
    [InlineData("blog//cover.jpg")]
    [InlineData("blog/./cover.jpg")]
    [InlineData("a\u0001.jpg")]
    public void Normalize_should_refuse_with_a_reason_when_the_path_is_not_a_library_path(string path)
    {
        Assert.Null(MediaLibraryPath.Normalize(path, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Normalize_should_refuse_a_path_longer_than_the_column() =>
        Assert.Null(MediaLibraryPath.Normalize(new string('a', MediaLibraryPath.MaxLength + 1), out _));

    [Theory]
    [InlineData("/media/blog/cover.jpg", "blog/cover.jpg")]
    [InlineData("~/media/blog/cover.jpg", "blog/cover.jpg")]
    [InlineData("/media/blog/mon%20image.jpg?v=2#x", "blog/mon image.jpg")]
    [InlineData("/MEDIA/a.png", "a.png")]
    public void FromReference_should_read_the_library_path_of_a_media_url(string url, string expected) =>
        Assert.Equal(expected, MediaLibraryPath.FromReference(url));

    [Theory]
    [InlineData("https://example.com/media/a.png")]
    [InlineData("/images/a.png")]
    [InlineData("/media/../secret")]
    [InlineData("media:12")]
    public void FromReference_should_be_null_when_the_url_is_not_a_library_path(string url) =>
        Assert.Null(MediaLibraryPath.FromReference(url));
}
