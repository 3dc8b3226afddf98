using OpinionAct.Media.Analytics;

namespace OpinionAct.Media.Tests.Analytics;

public sealed class EventValidatorTests
{
    private static string? OnHub(Uri url) => url.Host == "hub.example" ? url.AbsolutePath.Trim('/') : null;

    private static (IReadOnlyList<ValidEvent> Valid, Dictionary<string, string[]> Errors) Validate(params TrackedEventInput?[] events)
    {
        var errors = new Dictionary<string, string[]>();
        return (EventValidator.Validate(events, OnHub, errors), errors);
    }

    [Fact]
    public void Validate_should_keep_only_hosts_and_classify_when_events_are_valid()
    {
        var (valid, errors) = Validate(
            new TrackedEventInput { Type = "pageview", Url = "https://hub.example/renovation?utm_source=newsletter&utm_medium=email&utm_campaign=Week-48", Referrer = "https://mail.example/inbox/123" },
            new TrackedEventInput { Type = "engagement", Url = "https://hub.example/renovation", Referrer = "https://hub.example/", EngagedSeconds = 12.6, ScrollDepth = 74.5 },
            new TrackedEventInput { Type = "outbound", Url = "https://hub.example/a", Target = "https://www.ademe.fr/rapport?id=4" });
        Assert.Empty(errors);
        Assert.Equal(new ValidEvent(EventType.PageView, "renovation", TrafficSource.Newsletter, "week-48", "mail.example", null, 0, null, null, null), valid[0]);
        Assert.Equal(new ValidEvent(EventType.Engagement, "renovation", TrafficSource.Internal, null, null, null, 13, 75, null, null), valid[1]);
        Assert.Equal("www.ademe.fr", valid[2].TargetHost);
    }

    [Fact]
    public void Validate_should_report_every_problem_and_keep_nothing_when_one_event_is_invalid()
    {
        var (valid, errors) = Validate(
            new TrackedEventInput { Type = "pageview", Url = "https://hub.example/" },
            new TrackedEventInput { Type = "hover", Url = "https://other.example/", ScrollDepth = 101, Position = 0 },
            null);
        Assert.Empty(valid);
        Assert.Equal(["[1].position", "[1].scrollDepth", "[1].type", "[1].url", "[2]"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_should_refuse_when_the_batch_is_empty_or_too_large()
    {
        Assert.Contains("events", Validate().Errors.Keys);
        var many = Enumerable.Range(0, 101).Select(_ => (TrackedEventInput?)new TrackedEventInput { Type = "pageview", Url = "https://hub.example/" }).ToArray();
        Assert.Contains("events", Validate(many).Errors.Keys);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//hub.example/x")]
    [InlineData("hub.example/x")]
    [InlineData("")]
    public void Validate_should_refuse_when_the_url_is_not_absolute_http(string url) =>
        Assert.Contains("[0].url", Validate(new TrackedEventInput { Type = "pageview", Url = url }).Errors.Keys);

    [Fact]
    public void Validate_should_cut_utm_tags_read_from_the_page_url_instead_of_refusing()
    {
        var (valid, errors) = Validate(new TrackedEventInput { Type = "pageview", Url = "https://hub.example/?utm_campaign=" + new string('x', 300) });
        Assert.Empty(errors);
        Assert.Equal(100, valid[0].Campaign!.Length);
    }
}
