using System.Net;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Security;

namespace OpinionAct.Media.IntegrationTests.Agency;

/// <summary>Issue 10: the console speaks French and English, chosen per person, else by the browser, else French.</summary>
public sealed class ConsoleLanguageTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Theory]
    [InlineData(null, "fr", "Mot de passe oublié ?")]
    [InlineData("fr-FR,fr;q=0.9,en;q=0.8", "fr", "Mot de passe oublié ?")]
    [InlineData("de-DE,en-GB;q=0.8,fr;q=0.5", "en", "Forgot your password?")]
    [InlineData("en-US,en;q=0.9", "en", "Forgot your password?")]
    public async Task Sign_in_page_should_follow_the_browsers_languages_when_no_one_is_signed_in(string? acceptLanguage, string language, string forgot)
    {
        var client = _host.Client();
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var page = await client.GetStringAsync(new Uri("/admin/login", UriKind.Relative));

        Assert.Contains($"<html lang=\"{language}\">", page, StringComparison.Ordinal);
        Assert.Contains(forgot, page, StringComparison.Ordinal);
        Assert.DoesNotContain("[[", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_members_choice_should_win_over_their_browser_and_last_across_sign_ins()
    {
        var console = await ConsoleSignIn.ClientAsync(_host);
        var english = await console.GetStringAsync(new Uri("/admin", UriKind.Relative));

        var chosen = await BrowserForm.PostAsync(console, "/admin/account", "/admin/account/language", new() { ["language"] = "fr" });
        var french = await console.GetStringAsync(new Uri("/admin", UriKind.Relative));
        var laterBrowser = await ConsoleSignIn.ClientAsync(_host);
        var laterPage = await laterBrowser.GetStringAsync(new Uri("/admin", UriKind.Relative));
        var back = await BrowserForm.PostAsync(laterBrowser, "/admin/account", "/admin/account/language", new() { ["language"] = "" });
        var browsers = await laterBrowser.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.Contains("Brand hubs", english, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Contains("Hubs des marques", french, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", french, StringComparison.Ordinal);
        Assert.Contains("Hubs des marques", laterPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Contains("Brand hubs", browsers, StringComparison.Ordinal);
        Assert.DoesNotContain("[[", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_messages_should_be_in_the_readers_language()
    {
        var console = await ConsoleSignIn.ClientAsync(_host);
        await BrowserForm.PostAsync(console, "/admin/account", "/admin/account/language", new() { ["language"] = "fr" });

        var unknown = await console.GetAsync(new Uri("/admin/tenants/nulle-part/edit", UriKind.Relative));

        Assert.Contains("Hub « nulle-part » inconnu", Uri.UnescapeDataString(unknown.Headers.Location!.ToString()), StringComparison.Ordinal);
    }
}
