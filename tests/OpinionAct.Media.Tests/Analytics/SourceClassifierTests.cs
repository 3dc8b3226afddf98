using OpinionAct.Media.Analytics;

namespace OpinionAct.Media.Tests.Analytics;

public sealed class SourceClassifierTests
{
    [Theory]
    [InlineData(null, false, null, null, null, TrafficSource.Direct)]
    [InlineData("www.google.fr", false, null, null, null, TrafficSource.SearchEngine)]
    [InlineData("news.google.com", false, null, null, null, TrafficSource.SearchEngine)]
    [InlineData("duckduckgo.com", false, null, null, null, TrafficSource.SearchEngine)]
    [InlineData("www.qwant.com", false, null, null, null, TrafficSource.SearchEngine)]
    [InlineData("t.co", false, null, null, null, TrafficSource.Social)]
    [InlineData("m.facebook.com", false, null, null, null, TrafficSource.Social)]
    [InlineData("www.linkedin.com", false, null, null, null, TrafficSource.Social)]
    [InlineData("mastodon.social", false, null, null, null, TrafficSource.Social)]
    [InlineData("bit.co", false, null, null, null, TrafficSource.OtherSite)]
    [InlineData("googleblog.example.org", false, null, null, null, TrafficSource.OtherSite)]
    [InlineData("blog.example.org", false, null, null, null, TrafficSource.OtherSite)]
    [InlineData("localhost", true, null, null, null, TrafficSource.Internal)]
    [InlineData("www.google.fr", false, "newsletter", null, null, TrafficSource.Newsletter)]
    [InlineData(null, false, "brevo", "email", "week-48", TrafficSource.Newsletter)]
    [InlineData(null, false, "brevo", "Newsletter", null, TrafficSource.Newsletter)]
    [InlineData("t.co", false, "twitter", "social", "launch", TrafficSource.Campaign)]
    [InlineData(null, false, null, null, "spring", TrafficSource.Campaign)]
    public void Classify_should_name_the_source_when_given_referrer_and_utm(string? host, bool own, string? source, string? medium, string? campaign, TrafficSource expected) =>
        Assert.Equal(expected, SourceClassifier.Classify(host, own, source, medium, campaign));
}
