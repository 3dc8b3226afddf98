using MimeKit;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Browser;

/// <summary>
/// The issue and confirmation emails as sent, shown in chromium at a phone's width: nothing may stick out sideways
/// (a reader would have to pan). With <c>MEDIA_EMAIL_SCREENS</c> set to a folder, full-page screenshots at 600 and
/// 390 px are kept there (tests/scripts/email-screens.sh).
/// </summary>
public sealed class EmailBrowserTests
{
    [BrowserFact]
    public Task Expert_emails_should_fit_a_phone_without_horizontal_scrolling() => FitsAsync("Expert", "fr");

    [BrowserFact]
    public Task Magazine_emails_should_fit_a_phone_without_horizontal_scrolling() => FitsAsync("Magazine", "fr");

    private static async Task FitsAsync(string theme, string language)
    {
        await using var showcase = await EmailShowcase.StartAsync(theme, language);
        var confirm = await showcase.ConfirmationAsync();
        var issue = await showcase.IssueAsync();
        var name = theme.ToLowerInvariant();
        EmailShowcase.Keep(confirm, $"{name}-confirm");
        EmailShowcase.Keep(issue, $"{name}-issue");

        await using var browser = await BrowserSession.LaunchAsync(showcase.Origin);
        foreach (var (message, kind) in new[] { (confirm, "confirm"), (issue, "issue") })
        {
            await ScreenshotsAsync(browser, message, $"{name}-{kind}");
            var page = await browser.PageAsync(390, 800);
            await page.SetContentAsync(message.HtmlBody!);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"The {theme} {kind} email is {overflow} px wider than a 390 px screen.");
            await page.Context.CloseAsync();
        }
    }

    private static async Task ScreenshotsAsync(BrowserSession browser, MimeMessage message, string name)
    {
        var folder = Environment.GetEnvironmentVariable("MEDIA_EMAIL_SCREENS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 600, 390 })
        {
            var page = await browser.PageAsync(width, 900);
            await page.SetContentAsync(message.HtmlBody!, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }
}
