using Microsoft.Playwright;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Browser;

/// <summary>
/// What a reader's real browser does on the demo hub, checked through the insights themselves: attention and read depth
/// reach the server without the page ever being hidden, a signup takes one click and answers in place, and the topic
/// table of the dashboard fits a 1366 px screen.
/// </summary>
public sealed class ReaderBrowserTests(ReaderBrowserFixture fixture) : IClassFixture<ReaderBrowserFixture>
{
    [BrowserFact]
    public async Task Tracker_should_report_attention_and_read_depth_when_the_reader_scrolls_and_never_hides_the_page()
    {
        var (id, path) = await fixture.ArticleAsync(0);
        var page = await fixture.Browser.PageAsync();
        await page.GotoAsync(fixture.HubUrl + path);

        // Read for a while: scroll down a little at a time to the end, as a reader would, then stay on the page.
        for (var i = 0; i < 12; i++)
        {
            await page.Mouse.WheelAsync(0, 400);
            await page.WaitForTimeoutAsync(500);
        }

        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await Eventually.TrueAsync(
            async () => (await fixture.TodayAsync()).Articles.SingleOrDefault(a => a.Id == id) is { AvgEngagedSeconds: >= 3, CompletionRate: > 0 },
            TimeSpan.FromSeconds(45),
            "the heartbeat's attention time and read depth in the insights");

        Assert.Equal("visible", await page.EvaluateAsync<string>("() => document.visibilityState"));
        var row = (await fixture.TodayAsync()).Articles.Single(a => a.Id == id);
        Assert.Equal(1, row.Views);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Signup_should_take_one_click_and_confirm_in_place_when_a_reader_subscribes_under_an_article()
    {
        var (id, path) = await fixture.ArticleAsync(1);
        var page = await fixture.Browser.PageAsync();
        await page.GotoAsync(fixture.HubUrl + path);
        var form = page.Locator("form[data-placement=article]");
        await form.Locator("input[name=email]").FillAsync("lectrice@example.org");
        await form.Locator("input[name=newsletters]").First.CheckAsync();
        await form.Locator("button[type=submit]").ClickAsync();

        var status = page.Locator(".signup-article .signup-result[role=status]");
        await status.WaitForAsync(new LocatorWaitForOptions { Timeout = 15000 });
        Assert.Contains("lien de confirmation", await status.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await form.IsHiddenAsync());
        Assert.EndsWith(path, page.Url, StringComparison.Ordinal);

        var report = await fixture.TodayAsync();
        Assert.Equal(1, report.Current.Signups);
        Assert.Equal(0, report.Current.ConfirmedSignups);
        Assert.Equal(1, report.Articles.Single(a => a.Id == id).Signups);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Topic_table_should_fit_a_1366_pixel_screen_when_the_demo_history_is_shown()
    {
        var email = $"adm{Guid.NewGuid():n}"[..12] + "@hub.test";
        await AdminClient.AddUserAsync(fixture.Storage, ReaderBrowserFixture.Hub, email, "Admin");
        var page = await fixture.Browser.PageAsync(1366, 768);
        await SignInAsync(page, fixture.HubUrl + "admin/login", email, AdminClient.Password);
        await page.GotoAsync(fixture.HubUrl + "admin/insights");

        Assert.True(await page.Locator(".demo[role=note]").IsVisibleAsync());
        Assert.True(await page.Locator("#score-help").IsVisibleAsync());
        var fits = await page.EvaluateAsync<bool>("""
            () => {
              const table = document.querySelector('table.subjects'), main = document.querySelector('main');
              return table.scrollWidth <= table.parentElement.clientWidth && table.getBoundingClientRect().right <= main.getBoundingClientRect().right;
            }
            """);
        Assert.True(fits, "the topic table is wider than the page at 1366 px");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Agency_audience_page_should_keep_the_days_box_small_and_the_caption_hidden_when_a_staff_member_reads_it()
    {
        var page = await fixture.Browser.PageAsync(1366, 768);
        await SignInAsync(page, fixture.Browser.Origin + "/admin/login", "staff@agency.test", TestStorage.AgencyPassword);
        await page.GotoAsync(fixture.Browser.Origin + "/admin/insights");

        var days = await page.Locator("#days").BoundingBoxAsync();
        var caption = await page.Locator("table caption").BoundingBoxAsync();
        Assert.True(days is { Width: < 200 }, $"the Days box is {days?.Width} px wide");
        Assert.True(caption is null or { Height: <= 1 }, $"the caption shows, {caption?.Height} px high");
        Assert.True(await page.Locator("table tbody tr", new PageLocatorOptions { HasText = ReaderBrowserFixture.Hub }).IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Signs in through the login page at <paramref name="loginUrl"/>. A sign-in that never leaves the login page (seen
    /// once on CI, as a bare 90 s timeout) fails with the page's address and what it says.
    /// </summary>
    private static async Task SignInAsync(IPage page, string loginUrl, string email, string password)
    {
        await page.GotoAsync(loginUrl);
        await page.Locator("input[name=email]").FillAsync(email);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("main button[type=submit]").ClickAsync();
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException timeout)
        {
            var said = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5_000 });
            throw new TimeoutException($"Still on {page.Url} after signing in as {email}; the page says: {said[..Math.Min(said.Length, 500)]}", timeout);
        }
    }
}
