using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.CorrectionNotices;

/// <summary>Issue 18 item 7 for notices: the demo hub's corrected article says when its newsletter readers were told.</summary>
public sealed class DemoCorrectionNoticeTests
{
    [Fact]
    public async Task Demo_recipe_should_show_a_correction_notice_on_the_corrected_article()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("demo", prefix: "demo", recipe: "demo-brand");

        var article = await host.Client().GetStringAsync(new Uri("/demo/dpe-coefficient-electricite-ce-qui-change", UriKind.Relative));

        Assert.Contains("lecteurs prévenus le <time datetime=\"2026-09-10T11:00:00&#x2B;02:00\">10 septembre 2026</time>", article, StringComparison.Ordinal);
    }
}
