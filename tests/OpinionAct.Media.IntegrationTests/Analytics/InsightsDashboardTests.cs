using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Analytics;

public sealed partial class InsightsDashboardTests(IngestionFixture fixture) : IClassFixture<IngestionFixture>
{
    [Fact]
    public async Task Dashboard_should_show_figures_chart_tables_and_exports_when_an_editor_signs_in()
    {
        var email = $"ed{Guid.NewGuid():n}"[..12] + "@hub.test";
        await AdminClient.AddUserAsync(fixture.Storage, fixture.Hub, email, "Author");
        var traffic = new Traffic(fixture.Host.Client(), fixture.Hub);
        await traffic.SendAsync("10.7.0.1", new { type = "pageview", url = traffic.Url(""), referrer = "https://duckduckgo.com/" });
        await traffic.SendAsync("10.7.0.2", new { type = "pageview", url = traffic.Url("") });
        using (var search = await fixture.Host.Client().GetAsync($"/{fixture.Hub}/search?q=introuvable"))
        {
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        }

        var admin = await AdminClient.SignInAsync(fixture.Host.Client(), fixture.Hub, email);
        var html = await admin.PageAsync("/insights?sort=views&dir=asc");
        Assert.Contains("<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-title\">", html, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"chart-desc\">", html, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"ascending\"", html, StringComparison.Ordinal);
        Assert.Contains("search-engine", html, StringComparison.Ordinal);
        Assert.Contains("introuvable", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", html, StringComparison.Ordinal);

        var csv = await admin.GetAsync("/insights/topics.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("kind,slug,name,articles,views,visitors_sum_of_daily_uniques", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var json = await admin.GetAsync("/insights/report.json");
        using var report = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.True(report.RootElement.GetProperty("current").GetProperty("views").GetInt64() >= 2);

        var bad = await admin.PageAsync("/insights?from=2026-13-01");
        Assert.Contains("role=\"alert\"", bad, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=0001-01-01&to=0001-01-05")]
    [InlineData("to=9999-12-31")]
    [InlineData("from=1999-12-31&to=2000-01-05")]
    public async Task Dashboard_should_show_the_allowed_range_when_a_date_is_out_of_range(string query)
    {
        var admin = await SignInAsync();
        var html = await admin.PageAsync("/insights?" + query);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("2000-01-01", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("topics.csv", "from=0001-01-01&to=0001-01-05")]
    [InlineData("articles.csv", "to=9999-12-31")]
    [InlineData("report.json", "from=0001-01-01&to=0001-01-05")]
    [InlineData("report.json", "to=9999-12-31")]
    public async Task Exports_should_answer_400_when_a_date_is_out_of_range(string export, string query)
    {
        var admin = await SignInAsync();
        using var response = await admin.GetAsync($"/insights/{export}?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {body}");
        Assert.Contains("2000-01-01", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("topics", "0001-01-01", "0001-01-05")]
    [InlineData("articles", "2026-11-01", "9999-12-31")]
    public async Task Insights_cli_should_exit_1_with_an_error_when_a_date_is_out_of_range(string command, string from, string to)
    {
        var result = await CliRunner.RunAsync(fixture.Storage, "insights", command, "--tenant", fixture.Hub, "--from", from, "--to", to);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("2000-01-01", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_should_require_sign_in()
    {
        using var response = await fixture.Host.Client().GetAsync($"/{fixture.Hub}/admin/insights");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Agency_console_should_show_every_hub_headline_figures()
    {
        var client = ConsoleSignIn.Browser(fixture.Host);
        var login = await client.GetStringAsync(new Uri("/admin/login", UriKind.Relative));
        var token = TokenPattern().Match(login);
        using var signIn = await client.PostAsync(new Uri("/admin/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "staff@agency.test",
            ["password"] = TestStorage.AgencyPassword,
            [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var html = await client.GetStringAsync(new Uri("/admin/insights", UriKind.Relative));
        Assert.Contains($"({fixture.Hub})", html, StringComparison.Ordinal);
        Assert.Contains($"({fixture.Other})", html, StringComparison.Ordinal);
        Assert.Contains("sum of daily unique visitors", html, StringComparison.Ordinal);
    }

    private async Task<AdminClient> SignInAsync()
    {
        var email = $"ed{Guid.NewGuid():n}"[..12] + "@hub.test";
        await AdminClient.AddUserAsync(fixture.Storage, fixture.Hub, email, "Author");
        return await AdminClient.SignInAsync(fixture.Host.Client(), fixture.Hub, email);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken)\" value=\"(?<value>[^\"]+)\" ?/?>")]
    private static partial Regex TokenPattern();
}
