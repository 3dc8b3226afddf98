using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Security;

/// <summary>Bodies too large or impossible to read get 400 or 413 from every form and API, never a 500.</summary>
public sealed class HostileBodyTests(HostileBodyFixture fixture) : IClassFixture<HostileBodyFixture>
{
    public static TheoryData<string> FormEndpoints() =>
    [
        "/hb/subscribe",
        "/hb/newsletters/confirm",
        "/hb/newsletters/unsubscribe",
        "/hb/newsletters/manage",
        "/hb/admin/login",
        "/admin/login",
        "/hb/admin/preview",
    ];

    [Theory]
    [MemberData(nameof(FormEndpoints))]
    public async Task Form_should_answer_413_when_a_value_is_larger_than_the_form_reader_accepts(string path)
    {
        var body = new FormUrlEncodedContent([new("email", new string('a', 5 * 1024 * 1024)), new("token", "x")]);

        var response = await ClientFor(path).PostAsync(new Uri(path, UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(FormEndpoints))]
    public async Task Form_should_answer_413_when_it_has_more_fields_than_the_form_reader_accepts(string path)
    {
        var body = new FormUrlEncodedContent(Enumerable.Range(0, 5000).Select(i => new KeyValuePair<string, string>($"f{i}", "v")));

        var response = await ClientFor(path).PostAsync(new Uri(path, UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(FormEndpoints))]
    public async Task Form_should_answer_400_when_a_multipart_body_has_no_boundary(string path)
    {
        var body = new StringContent("--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na@b.test\r\n--x--\r\n", Encoding.UTF8);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var response = await ClientFor(path).PostAsync(new Uri(path, UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(FormEndpoints))]
    public async Task Form_should_answer_400_when_a_multipart_body_is_broken(string path)
    {
        var body = new StringContent("--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nnever ends", Encoding.UTF8);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        var response = await ClientFor(path).PostAsync(new Uri(path, UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Search_clicks_should_answer_413_when_the_body_is_large()
    {
        var array = "[" + string.Join(',', Enumerable.Repeat("1", 3_000_000)) + "]";

        var response = await fixture.Host.Client().PostAsync(new Uri("/hb/api/search/clicks", UriKind.Relative), new StringContent(array, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("{\"queryId\": 1, \"position\": 1, \"extra\": [1,2,3]}")]
    [InlineData("{\"queryId\": ")]
    public async Task Search_clicks_should_answer_400_when_the_body_is_not_one_click(string json)
    {
        var response = await fixture.Host.Client().PostAsync(new Uri("/hb/api/search/clicks", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Search_clicks_should_answer_204_when_the_body_is_one_click()
    {
        var response = await fixture.Host.Client().PostAsync(new Uri("/hb/api/search/clicks", UriKind.Relative), new StringContent("{\"queryId\": 1, \"position\": 2}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private HttpClient ClientFor(string path) => path.StartsWith("/hb/admin/preview", StringComparison.Ordinal) ? fixture.Editor : fixture.Host.Client();
}
