using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Insights;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Insights;
using OpinionAct.Media.Web.Insights.Demo;

namespace OpinionAct.Media.IntegrationTests.Analytics;

/// <summary>
/// The demo hub's 90 days of generated history: realistic shapes on the insights page from the first minute, marked as
/// demo data, the same for the same seed, refused on a hub with figures, and removed by an Admin without touching real figures.
/// </summary>
public sealed class DemoHistoryTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Demo_hub_should_show_ninety_days_of_realistic_history_marked_as_demo_when_it_is_created(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var clock = new AdjustableClock();
        await using var host = new MediaHost(storage, clock: clock, schedulerJobs: false);
        await host.CreateTenantAsync("demo", prefix: "demo", recipe: "demo-brand");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var report = await ReportAsync(host, new InsightsPeriod(today.AddDays(-90), today.AddDays(-1)));

        Assert.Equal(new DemoHistory(today.AddDays(-90), today.AddDays(-1)), report.Demo);
        Assert.All(report.Daily, d => Assert.True(d.Views > 0 && d.Visitors > 0 && d.Visitors < d.Views, $"{d.Day}: {d.Views} views, {d.Visitors} visitors"));
        double Average(Func<DayOfWeek, bool> which) => report.Daily.Where(d => which(d.Day.DayOfWeek)).Average(d => d.Views);
        Assert.True(Average(d => d is DayOfWeek.Saturday or DayOfWeek.Sunday) < 0.75 * Average(d => d is not (DayOfWeek.Saturday or DayOfWeek.Sunday)), "weekends are quieter");

        // A funnel: views, views read to 75 %, accepted sign-ups, confirmed sign-ups.
        var now = report.Current;
        Assert.True(now.CompletionRate is > 0.1 and < 0.9 && now.AvgEngagedSeconds > 20 && now.ReturningShare > 0, JsonSerializer.Serialize(now));
        Assert.True(now.Signups > now.ConfirmedSignups && now.ConfirmedSignups > 0 && now.Signups < now.Views / 50, JsonSerializer.Serialize(now));

        // Searches, some of which found nothing, in French and in English.
        Assert.True(now.Searches > now.ZeroResultSearches && now.ZeroResultSearches > 0, JsonSerializer.Serialize(now));
        Assert.Contains(report.Gaps, g => g.Query == "pompe à chaleur hybride");
        Assert.Contains(report.Gaps, g => g.Query == "heat pump noise");

        // Topics differ: different scores, every one of them read.
        Assert.True(report.Topics.Select(t => t.Score).Distinct().Count() >= 4, string.Join(", ", report.Topics.Select(t => t.Score)));
        Assert.All(report.Topics, t => Assert.True(t.Views > 0 && t.Visitors > 0 && t.Signups >= t.ConfirmedSignups));
        Assert.True(report.Sources.Count >= 5 && report.Articles.Count >= 10);

        // Today belongs to real readers: nothing generated there, and the demo data cannot be added twice.
        Assert.Equal(0, (await ReportAsync(host, new InsightsPeriod(today, today))).Current.Views);
        await Assert.ThrowsAsync<MediaValidationException>(() => InDemoAsync(host, sp => sp.GetRequiredService<DemoHistoryService>().CreateAsync(90, 1, default)));
    }

    [Fact]
    public void Demo_history_should_be_the_same_for_the_same_seed_and_day_and_differ_for_another_seed()
    {
        DemoArticle[] articles = [new(1, [10], [20]), new(2, [10, 11], []), new(3, [11], [20]), new(4, [], [21])];
        var day = new DateOnly(2026, 12, 6);
        string Json(int seed) => JsonSerializer.Serialize(DemoHistoryGenerator.Generate(day, 90, seed, articles));
        Assert.Equal(Json(7), Json(7));
        Assert.NotEqual(Json(7), Json(8));
        var rows = DemoHistoryGenerator.Generate(day, 90, 7, articles);
        Assert.Equal((day.AddDays(-90), day.AddDays(-1)), (rows.From, rows.To));
        Assert.All(rows.Daily, r => Assert.InRange(r.Day, rows.From, rows.To));
    }

    [Fact]
    public async Task Demo_history_should_be_removed_by_an_admin_and_leave_real_figures_when_asked_from_the_dashboard()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("demo", prefix: "demo", recipe: "demo-brand");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var traffic = new Traffic(host.Client(), "demo");
        await traffic.SendAsync("10.8.0.1", new { type = "pageview", url = traffic.Url(string.Empty) });

        var editor = $"ed{Guid.NewGuid():n}"[..12] + "@hub.test";
        var admin = $"ad{Guid.NewGuid():n}"[..12] + "@hub.test";
        await AdminClient.AddUserAsync(storage, "demo", editor, "Editor");
        await AdminClient.AddUserAsync(storage, "demo", admin, "Admin");

        // An editor sees the notice but no button, and cannot remove it.
        var editorClient = await AdminClient.SignInAsync(host.Client(), "demo", editor);
        var editorPage = await editorClient.PageAsync("/insights");
        Assert.Contains("Données de démonstration", editorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/insights/demo/remove", editorPage, StringComparison.Ordinal);
        Assert.Contains("Comment le score d'utilité est calculé", WebUtility.HtmlDecode(editorPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await editorClient.PostWithTokenAsync(AdminClient.Token(editorPage), "/insights/demo/remove", [])).StatusCode);

        // An Admin's post without a token is refused; with it, the generated days go and today's real view stays.
        var adminClient = await AdminClient.SignInAsync(host.Client(), "demo", admin);
        Assert.Equal(HttpStatusCode.BadRequest, (await adminClient.Http.PostAsync(adminClient.Url("/insights/demo/remove"), new FormUrlEncodedContent([]))).StatusCode);
        Assert.NotNull((await ReportAsync(host, new InsightsPeriod(today.AddDays(-90), today))).Demo);
        var removed = await adminClient.PostFormAsync("/insights", "/insights/demo/remove", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var after = await adminClient.PageAsync("/insights?demo=removed");
        Assert.Contains("Les données de démonstration ont été supprimées.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"note\"", after, StringComparison.Ordinal);

        var report = await ReportAsync(host, new InsightsPeriod(today.AddDays(-90), today));
        Assert.Null(report.Demo);
        Assert.Equal((1, 0, 0), (report.Current.Views, report.Current.Signups, report.Current.Searches));
        var left = await InDemoAsync(host, async sp =>
        {
            var db = sp.GetRequiredService<TenantDbContext>();
            return await db.AnalyticsDaily.CountAsync(r => r.Day < today) + await db.AnalyticsVisitors.CountAsync(r => r.Day < today)
                + await db.AnalyticsSignupDaily.CountAsync() + await db.AnalyticsSearchGaps.CountAsync();
        });
        Assert.Equal(0, left);
    }

    private static Task<T> InDemoAsync<T>(MediaHost host, Func<IServiceProvider, Task<T>> work) => new ContentSeed(host, "demo").InTenantAsync(work);

    private static Task<InsightsReport> ReportAsync(MediaHost host, InsightsPeriod period) =>
        InDemoAsync(host, sp => sp.GetRequiredService<InsightsService>().ReportAsync(period, default));
}
