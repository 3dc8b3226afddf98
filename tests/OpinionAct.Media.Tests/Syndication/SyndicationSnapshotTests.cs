using OpinionAct.Media.Syndication;

namespace OpinionAct.Media.Tests.Syndication;

public sealed class SyndicationSnapshotTests
{
    private static readonly SyndicationSnapshot Original = new()
    {
        Title = "Pompes à chaleur",
        Body = "Le rendement est de 4.",
        Language = "fr",
        Path = "pompes-a-chaleur",
        CorrectionsJson = "[]",
        Public = true,
        PublishedUtc = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void Fingerprint_should_stay_the_same_when_nothing_the_copy_shows_changed()
    {
        Assert.Equal(Original.Fingerprint(), (Original with { }).Fingerprint());
    }

    [Fact]
    public void Fingerprint_should_change_when_a_correction_is_added_or_the_original_is_unpublished()
    {
        var corrected = Original with { CorrectionsJson = """[{"Date":"2026-12-06T00:00:00+00:00","Text":"Il est de 3,2."}]""" };
        var unpublished = Original with { Public = false };

        Assert.NotEqual(Original.Fingerprint(), corrected.Fingerprint());
        Assert.NotEqual(Original.Fingerprint(), unpublished.Fingerprint());
    }

    [Fact]
    public void Body_should_lose_library_images_and_keep_the_rest_when_it_is_carried_to_an_ally()
    {
        var body = "Avant ![Une pompe](media:12 \"titre\") après ![Ailleurs](https://images.example/p.jpg) fin.";

        Assert.Equal("Avant  après ![Ailleurs](https://images.example/p.jpg) fin.", SyndicatedBody.Clean(body));
    }

    [Theory]
    [InlineData("media:12", null)]
    [InlineData("https://images.example/p.jpg", "https://images.example/p.jpg")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData(null, null)]
    public void Cover_should_be_carried_only_when_it_is_an_absolute_web_address(string? cover, string? expected)
    {
        Assert.Equal(expected, SyndicatedBody.Cover(cover));
    }
}
