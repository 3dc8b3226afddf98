using System.Net;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Accounts;

/// <summary>Two-step sign-in for agency staff on the console: enrol from My account, the code after the password, replay refused.</summary>
public sealed class AgencyTwoFactorTests : IAsyncLifetime
{
    private const string Staff = "staff@agency.test";
    private AccountsHost _hub = null!;

    public async Task InitializeAsync() => _hub = await AccountsHost.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Console_should_ask_agency_staff_for_a_code_and_refuse_a_replayed_one_when_two_step_sign_in_is_on()
    {
        var console = ConsoleSignIn.Browser(_hub.Host);
        await PasswordResetTests.PostConsoleAsync(console, "/admin/login", "/admin/login", [new("email", Staff), new("password", TestStorage.AgencyPassword)]);
        var started = await PasswordResetTests.PostConsoleAsync(console, "/admin/account", "/admin/account/2fa/start", []);
        var key = TestTotp.KeyFrom(await started.Content.ReadAsStringAsync());
        var wrong = await PasswordResetTests.PostConsoleAsync(console, "/admin/account", "/admin/account/2fa/confirm", [new("code", "000000")]);
        var enrolCode = TestTotp.Code(key, _hub.Clock.GetUtcNow());
        var on = await PasswordResetTests.PostConsoleAsync(console, "/admin/account", "/admin/account/2fa/confirm", [new("code", enrolCode)]);

        var browser = ConsoleSignIn.Browser(_hub.Host);
        var password = await PasswordResetTests.PostConsoleAsync(browser, "/admin/login", "/admin/login", [new("email", Staff), new("password", TestStorage.AgencyPassword)]);
        var beforeCode = await browser.GetAsync(new Uri("/admin", UriKind.Relative));
        var replay = await PasswordResetTests.PostConsoleAsync(browser, "/admin/login/2fa", "/admin/login/2fa", [new("code", enrolCode)]);
        _hub.Clock.Advance(TimeSpan.FromSeconds(30));
        var accepted = await PasswordResetTests.PostConsoleAsync(browser, "/admin/login/2fa", "/admin/login/2fa", [new("code", TestTotp.Code(key, _hub.Clock.GetUtcNow()))]);
        var hubs = await browser.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.Contains("shown only now", await on.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.EndsWith("/admin/login/2fa", password.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hubs.StatusCode);
    }

    [Fact]
    public async Task Console_sign_out_everywhere_should_refuse_every_cookie_of_the_staff_member()
    {
        var laptop = ConsoleSignIn.Browser(_hub.Host);
        var phone = ConsoleSignIn.Browser(_hub.Host);
        await PasswordResetTests.PostConsoleAsync(laptop, "/admin/login", "/admin/login", [new("email", Staff), new("password", TestStorage.AgencyPassword)]);
        await PasswordResetTests.PostConsoleAsync(phone, "/admin/login", "/admin/login", [new("email", Staff), new("password", TestStorage.AgencyPassword)]);
        var before = await phone.GetAsync(new Uri("/admin", UriKind.Relative));
        var account = await laptop.GetStringAsync(new Uri("/admin/account", UriKind.Relative));

        var all = await PasswordResetTests.PostConsoleAsync(laptop, "/admin/account", "/admin/account/sessions/revoke-all", []);
        var phoneAfter = await phone.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("2 browser session(s)", account, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, phoneAfter.StatusCode);
        Assert.Contains("/admin/login", phoneAfter.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
