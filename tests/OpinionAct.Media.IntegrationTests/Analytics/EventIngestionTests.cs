using System.Net;
using System.Text.Json;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Analytics;

public sealed class EventIngestionTests(IngestionFixture fixture) : IClassFixture<IngestionFixture>
{
    private readonly Traffic _hub = new(fixture.Host.Client(), fixture.Hub);

    private static string Ip() => $"10.1.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 255)}";

    [Fact]
    public async Task Events_should_be_accepted_when_valid()
    {
        var before = await fixture.EventCountAsync(fixture.Hub);
        using var response = await _hub.PostAsync(Ip(), new object[]
        {
            new { type = "pageview", url = _hub.Url(""), referrer = "https://www.google.fr/" },
            new { type = "engagement", url = _hub.Url(""), engagedSeconds = 12.4, scrollDepth = 80 },
            new { type = "search", url = _hub.Url("search?q=x"), query = "isolation" },
            new { type = "search_click", url = _hub.Url("search?q=x"), query = "isolation", position = 2 },
            new { type = "outbound", url = _hub.Url(""), target = "https://example.org/a" },
            new { type = "share", url = _hub.Url("") },
            new { type = "subscribe", url = _hub.Url(""), utm = new { source = "newsletter", medium = "email", campaign = "n1" } },
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(before + 7, await fixture.EventCountAsync(fixture.Hub));
    }

    [Fact]
    public async Task Events_should_accept_a_single_object_when_not_an_array()
    {
        using var response = await _hub.PostAsync(Ip(), new { type = "pageview", url = _hub.Url("") });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\": \"pageview\", ")]
    [InlineData("not json")]
    [InlineData("{\"type\": \"pageview\", \"url\": \"http://localhost/x\", \"scrollDepth\": \"deep\"}")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Events_should_be_refused_with_problem_details_when_json_is_malformed(string body)
    {
        using var response = await _hub.PostRawAsync(Ip(), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Events_should_be_refused_when_more_than_100_in_one_request()
    {
        var events = Enumerable.Range(0, 101).Select(_ => new { type = "pageview", url = _hub.Url("") }).ToArray();
        using var response = await _hub.PostAsync(Ip(), events);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 100", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_should_get_413_when_the_body_is_too_large()
    {
        var big = JsonSerializer.Serialize(new { type = "pageview", url = _hub.Url(""), query = new string('a', 70_000) });
        using var response = await _hub.PostRawAsync(Ip(), big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\": \"click\", \"url\": \"URL\"}", "[0].type")]
    [InlineData("{\"type\": \"pageview\", \"url\": \"/relative\"}", "[0].url")]
    [InlineData("{\"type\": \"pageview\", \"url\": \"ftp://localhost/x\"}", "[0].url")]
    [InlineData("{\"type\": \"pageview\", \"url\": \"https://evil.example/HUB/\"}", "[0].url")]
    [InlineData("{\"type\": \"engagement\", \"url\": \"URL\", \"scrollDepth\": 150}", "[0].scrollDepth")]
    [InlineData("{\"type\": \"engagement\", \"url\": \"URL\", \"scrollDepth\": -1}", "[0].scrollDepth")]
    [InlineData("{\"type\": \"engagement\", \"url\": \"URL\", \"engagedSeconds\": 99999}", "[0].engagedSeconds")]
    [InlineData("{\"type\": \"engagement\", \"url\": \"URL\"}", "[0].engagedSeconds")]
    [InlineData("{\"type\": \"search\", \"url\": \"URL\"}", "[0].query")]
    [InlineData("{\"type\": \"search_click\", \"url\": \"URL\", \"query\": \"q\", \"position\": 0}", "[0].position")]
    [InlineData("{\"type\": \"pageview\", \"url\": \"URL\", \"referrer\": \"nope\"}", "[0].referrer")]
    [InlineData("[{\"type\": \"pageview\", \"url\": \"URL\"}, {\"type\": \"pageview\", \"url\": \"URL\", \"utm\": {\"campaign\": \"CAMPAIGN\"}}]", "[1].utm")]
    public async Task Events_should_be_refused_with_the_field_named_when_invalid(string template, string field)
    {
        var before = await fixture.EventCountAsync(fixture.Hub);
        var body = template.Replace("URL", _hub.Url("page"), StringComparison.Ordinal).Replace("HUB", fixture.Hub, StringComparison.Ordinal)
            .Replace("CAMPAIGN", new string('c', 101), StringComparison.Ordinal);
        using var response = await _hub.PostRawAsync(Ip(), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
        Assert.Equal(before, await fixture.EventCountAsync(fixture.Hub));
    }

    [Fact]
    public async Task Events_should_be_refused_when_the_url_belongs_to_another_tenant()
    {
        using var response = await _hub.PostAsync(Ip(), new { type = "pageview", url = $"http://localhost/{fixture.Other}/" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("does not belong to this site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36")]
    [InlineData("curl/8.5.0")]
    [InlineData("")]
    public async Task Events_should_be_ignored_with_204_when_sent_by_a_known_bot(string userAgent)
    {
        var before = await fixture.EventCountAsync(fixture.Hub);
        using var response = await _hub.PostAsync(Ip(), new { type = "pageview", url = _hub.Url("") }, userAgent);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(before, await fixture.EventCountAsync(fixture.Hub));
    }

    [Fact]
    public async Task Events_should_get_429_when_one_visitor_exceeds_the_rate()
    {
        var ip = "10.9.9.9";
        var batch = Enumerable.Range(0, 100).Select(_ => new { type = "pageview", url = _hub.Url("") }).ToArray();
        using var first = await _hub.PostAsync(ip, batch);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        using var second = await _hub.PostAsync(ip, batch);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("60", second.Headers.RetryAfter?.ToString());

        // Another reader is not limited by the first one's traffic.
        using var other = await _hub.PostAsync("10.9.9.10", batch);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task Events_should_get_429_when_one_address_rotates_its_user_agent_past_the_address_rate()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, new Dictionary<string, string?>
        {
            ["Media:Analytics:TrustedProxies:0"] = "127.0.0.1",
            ["Media:Analytics:EventsPerMinutePerVisitor"] = "50",
            ["Media:Analytics:EventsPerMinutePerAddress"] = "120",
        });
        var prefix = "rot" + Guid.NewGuid().ToString("n")[..6];
        await host.CreateTenantAsync(prefix, prefix: prefix);
        var hub = new Traffic(host.Client(), prefix);
        var batch = Enumerable.Range(0, 20).Select(_ => new { type = "pageview", url = hub.Url("") }).ToArray();

        // Every request looks like a new reader (a new user agent), each far below the per-reader rate.
        var accepted = 0;
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 10 && refused is null; i++)
        {
            var response = await hub.PostAsync("10.20.30.40", batch, $"{Traffic.Browser} Rotating/{i}");
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                accepted += batch.Length;
                response.Dispose();
            }
            else
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        using (refused)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
            Assert.Contains("120", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(120, accepted);

        // Another address is not limited by the first one's traffic.
        using var other = await hub.PostAsync("10.20.30.41", batch);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task Events_should_stay_in_their_tenant()
    {
        var hubBefore = await fixture.EventCountAsync(fixture.Hub);
        var otherBefore = await fixture.EventCountAsync(fixture.Other);
        var other = new Traffic(fixture.Host.Client(), fixture.Other);
        await other.SendAsync(Ip(), new { type = "pageview", url = other.Url("") }, new { type = "pageview", url = other.Url("") });
        Assert.Equal(otherBefore + 2, await fixture.EventCountAsync(fixture.Other));
        Assert.Equal(hubBefore, await fixture.EventCountAsync(fixture.Hub));
    }

    [Fact]
    public async Task Tracker_should_be_small_and_respect_do_not_track_and_gpc()
    {
        var client = fixture.Host.Client();
        using var response = await client.GetAsync($"/{fixture.Hub}/t.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var script = await response.Content.ReadAsStringAsync();
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(script) < 2048, $"{script.Length} bytes");
        Assert.Contains("doNotTrack", script, StringComparison.Ordinal);
        Assert.Contains("globalPrivacyControl", script, StringComparison.Ordinal);
        Assert.Contains("sendBeacon", script, StringComparison.Ordinal);
        // Sign-ups are counted by the server when it accepts one, never from a form's submit event.
        Assert.DoesNotContain("subscribe", script, StringComparison.Ordinal);
        Assert.Contains("b<30", script, StringComparison.Ordinal);
        Assert.DoesNotContain("cookie", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("localStorage", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_pages_should_include_the_tracker_and_the_privacy_page_should_show_the_settings()
    {
        var client = fixture.Host.Client();
        var home = await client.GetStringAsync($"/{fixture.Hub}/");
        Assert.Contains($"<script src=\"/{fixture.Hub}/t.js?v={OpinionAct.Media.Web.Analytics.TrackerScript.Version}\" defer></script>", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{fixture.Hub}/privacy/analytics\"", home, StringComparison.Ordinal);
        var privacy = await client.GetStringAsync($"/{fixture.Hub}/privacy/analytics");
        Assert.Contains("30", privacy, StringComparison.Ordinal);
        Assert.Contains("Global Privacy Control", privacy, StringComparison.Ordinal);
        Assert.Contains("150", privacy, StringComparison.Ordinal);
        Assert.Contains("1500", privacy, StringComparison.Ordinal);
    }
}
