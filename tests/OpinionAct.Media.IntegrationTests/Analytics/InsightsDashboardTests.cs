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

    [Fact]
    public async Task Dashboard_should_require_sign_in()
    {
        using var response = await fixture.Host.Client().GetAsync($"/{fixture.Hub}/admin/insights");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Agency_console_should_show_every_hub_headline_figures()
    {
        var client = fixture.Host.Client();
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

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex TokenPattern();
}
