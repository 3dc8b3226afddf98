using System.Net;
using System.Globalization;

namespace OpinionAct.Media.IntegrationTests.CorrectionNotices;

/// <summary>"Readers notified on …" on the public corrections log, in both shipped themes and both languages.</summary>
public sealed class CorrectionNoticeThemeTests
{
    [Theory]
    [InlineData("Expert", "fr", "lecteurs prévenus le")]
    [InlineData("Magazine", "en", "readers notified on")]
    [InlineData("Magazine", "fr", "lecteurs prévenus le")]
    public async Task Corrections_log_should_show_the_notified_date_when_readers_were_told(string theme, string language, string words)
    {
        await using var scenario = await NoticeScenario.CreateAsync("Sqlite");
        var admin = await scenario.AdminAsync();
        var settings = await admin.PostFormAsync("/settings", "/settings", [new("SiteName", "News"), new("Language", language), new("Theme", theme), new("TimeZone", "Europe/Paris")]);
        var key = await scenario.CorrectionKeyAsync(admin);

        var sent = await scenario.NotifyAsync(admin, key, scenario.Issue);
        var page = await scenario.Host.Client().GetStringAsync(new Uri($"/news/{scenario.ArticlePath}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains($"<span class=\"correction-notified\">{words} <time datetime=\"{DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture)}-", page, StringComparison.Ordinal);
        Assert.Equal(1, page.Split("correction-notified").Length - 1);
    }
}
