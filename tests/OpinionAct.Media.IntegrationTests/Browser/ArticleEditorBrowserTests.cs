using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Browser;

/// <summary>
/// The article editor's script in a real browser (Debian's chromium through <see cref="BrowserSession"/>), against a node on a real port:
/// the live preview in the theme, rows added in place, a draft saving itself, and the warning before leaving.
/// </summary>
public sealed class ArticleEditorBrowserTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;
    private BrowserSession? _browser;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        if (BrowserSession.Available)
        {
            _browser = await BrowserSession.StartAsync(_host);
        }

        await _host.CreateTenantAsync("br", prefix: "br");
        await AdminClient.AddUserAsync(_storage, "br", "editor@br.test", "Editor");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [BrowserFact]
    public async Task Editor_should_preview_live_add_rows_autosave_a_draft_and_warn_before_leaving_with_unsaved_changes()
    {
        var page = await _browser!.PageAsync();
        page.SetDefaultTimeout(15_000);
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);

        await page.GotoAsync($"{_browser.Origin}/br/admin/login");
        await page.FillAsync("#email", "editor@br.test");
        await page.FillAsync("#password", AdminClient.Password);
        await page.Locator("form[action$='/login'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/br/admin/articles");
        await page.GotoAsync($"{_browser.Origin}/br/admin/articles/new");
        await page.FillAsync("#Title", "Essai dans le navigateur");
        await page.FillAsync("#Body", "Premier jet.");
        await page.Locator(".actions button[value=save]").ClickAsync();
        await page.WaitForURLAsync("**/br/admin/articles/*?done=created");
        var id = int.Parse(page.Url.Split('/')[^1].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);

        // Typing: the theme's page in the frame follows, and so do the word count and the address.
        await page.Locator("#Body").PressSequentiallyAsync(" L'énergie « marémotrice » avance.", new() { Delay = 5 });
        await page.FrameLocator("#preview-frame").GetByText("marémotrice").First.WaitForAsync();
        var frameHasTheme = await page.FrameLocator("#preview-frame").Locator("body.template-article").CountAsync();
        await page.Locator("#fact-words", new() { HasTextString = "5 mots" }).WaitForAsync();

        // Rows: "Add a source" adds one in place, without a round trip.
        var before = await page.Locator("[data-rows=Sources] [data-row]").CountAsync();
        await page.Locator("[data-add-row=Sources]").ClickAsync();
        var after = await page.Locator("[data-rows=Sources] [data-row]").CountAsync();

        // The draft saves itself a few seconds after typing stops.
        await page.Locator("#autosave-status", new() { HasTextString = "Enregistré automatiquement" }).WaitForAsync();
        var saved = await BodyAsync(id);
        var baseRevision = await page.Locator("input[name=BaseRevision]").InputValueAsync();

        // A change not yet saved: leaving the page (a link in the admin's menu) asks first.
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            await dialog.DismissAsync();
        };
        await page.FillAsync("#Dek", "Un chapô pas encore enregistré");
        _ = page.Locator("header nav a").First.ClickAsync();
        await Eventually.TrueAsync(() => Task.FromResult(dialogs.Count > 0), TimeSpan.FromSeconds(10), "the warning before leaving");

        Assert.Empty(scriptErrors);
        Assert.Equal(1, frameHasTheme);
        Assert.Equal(before + 1, after);
        Assert.Contains("L'énergie « marémotrice » avance.", saved, StringComparison.Ordinal);
        Assert.Contains("Premier jet.", saved, StringComparison.Ordinal);
        Assert.Equal("2", baseRevision);
        Assert.Equal("beforeunload", dialogs[0]);
    }

    private async Task<string> BodyAsync(int id)
    {
        await using var scope = await _host.TenantScopeAsync("br");
        return await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync();
    }
}
