using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace OpinionAct.Media.IntegrationTests.Security;

/// <summary>
/// Every public JSON endpoint against every kind of hostile body, and the search endpoints against
/// hostile queries: a client error or a normal answer, never a 500, and never a hang.
/// </summary>
public sealed class HostileInputMatrixTests(HostileBodyFixture fixture) : IClassFixture<HostileBodyFixture>
{
    private static readonly string[] JsonEndpoints =
    [
        "/hb/api/events",
        "/hb/api/subscribe",
        "/hb/api/search/clicks",
        "/hb/api/newsletters/reports",
        "/hb/api/newsletters/inbound-unsubscribe",
    ];

    /// <summary>Bodies nothing may accept: each must be refused with a 4xx.</summary>
    private static readonly Dictionary<string, Func<byte[]>> RefusedBodies = new()
    {
        ["oversize"] = () => Encoding.UTF8.GetBytes("{\"type\":\"pageview\",\"url\":\"" + new string('a', 5 * 1024 * 1024) + "\"}"),
        ["malformed"] = () => Encoding.UTF8.GetBytes("{\"type\": \"pageview\", \"url\":"),
        ["deep"] = () => Encoding.UTF8.GetBytes(new string('[', 20_000) + new string(']', 20_000)),
        ["invalid UTF-8"] = () => [.. Encoding.UTF8.GetBytes("{\"type\":\"pageview\",\"email\":\"a"), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("@example.test\"}")],
        ["raw control characters"] = () => Encoding.UTF8.GetBytes("{\"type\":\"page\u0000view\",\"email\":\"a\u0007@example.test\"}"),
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var endpoint in JsonEndpoints)
        {
            foreach (var body in RefusedBodies.Keys)
            {
                cases.Add(endpoint, body);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Json_endpoint_should_answer_a_client_error_when_the_body_is_hostile(string endpoint, string body)
    {
        using var content = new ByteArrayContent(RefusedBodies[body]());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, UriKind.Relative)) { Content = content };

        // A reader's browser: the events API answers requests that look like bots with 204 before reading them.
        request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36");
        var response = await fixture.Host.Client().SendAsync(request);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Theory]
    [InlineData("/hb/api/search?q=")]
    [InlineData("/hb/search?q=")]
    public async Task Search_should_answer_without_a_server_error_when_the_query_is_hostile(string path)
    {
        string[] queries =
        [
            Uri.EscapeDataString(new string('é', 20_000)),
            "%C3%28%FF",
            Uri.EscapeDataString("\u0000\u0007\u001b[31m"),
            Uri.EscapeDataString(new string('(', 5_000)),
            Uri.EscapeDataString("title:\"unclosed AND OR NOT ~ ^ * ? [ { \\"),
        ];

        foreach (var query in queries)
        {
            var response = await fixture.Host.Client().GetAsync(new Uri(path + query, UriKind.Relative));

            Assert.True((int)response.StatusCode < 500, $"{path}{query[..Math.Min(40, query.Length)]} answered {(int)response.StatusCode}");
        }
    }
}
