using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Accounts;

namespace OpinionAct.Media.IntegrationTests.Accounts;

/// <summary>TOTP two-step sign-in for editors: enrolment, the code after the password, replay refused, recovery codes once, the agency's requirement, turning it off.</summary>
public sealed partial class TwoFactorTests : IAsyncLifetime
{
    private const string Editor = "editor@hub.test";
    private AccountsHost _hub = null!;

    public async Task InitializeAsync()
    {
        _hub = await AccountsHost.StartAsync();
        await AdminClient.AddUserAsync(_hub.Storage, AccountsHost.Hub, Editor, "Editor");
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public void Totp_should_match_the_rfc_6238_test_vectors()
    {
        var key = "12345678901234567890"u8.ToArray();

        Assert.Equal("287082", Totp.Code(key, 59 / 30));
        Assert.Equal("081804", Totp.Code(key, 1111111109 / 30));
        Assert.Equal("005924", Totp.Code(key, 1234567890 / 30));
    }

    [Fact]
    public async Task Two_factor_should_ask_for_a_code_after_the_password_and_refuse_a_replayed_code()
    {
        var (key, codes) = await EnrolAsync();
        var enrolCode = TestTotp.Code(key, _hub.Clock.GetUtcNow());

        var browser = _hub.Anonymous();
        var password = await browser.PostFormAsync("/login", "/login", [new("email", Editor), new("password", AdminClient.Password)]);
        var beforeCode = await browser.GetAsync("/articles");
        var replay = await browser.PostFormAsync("/login/2fa", "/login/2fa", [new("code", enrolCode)]);
        var wrong = await browser.PostFormAsync("/login/2fa", "/login/2fa", [new("code", "000000")]);
        _hub.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = TestTotp.Code(key, _hub.Clock.GetUtcNow());
        var accepted = await browser.PostFormAsync("/login/2fa", "/login/2fa", [new("code", code)]);
        var articles = await browser.GetAsync("/articles");

        var other = _hub.Anonymous();
        await other.PostFormAsync("/login", "/login", [new("email", Editor), new("password", AdminClient.Password)]);
        var sameCodeAgain = await other.PostFormAsync("/login/2fa", "/login/2fa", [new("code", code)]);

        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.EndsWith("/admin/login/2fa", password.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.Contains("/admin/login", beforeCode.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, articles.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, sameCodeAgain.StatusCode);
        var audit = await _hub.AuditAsync();
        Assert.Contains(audit, e => e.Action == AuditActions.TwoFactorEnabled && e.Actor == Editor);
        Assert.Contains(audit, e => e.Action == AuditActions.TwoFactorFailed && e.Actor == Editor);
        Assert.All(audit, e => Assert.DoesNotContain(key, e.Target + e.Detail, StringComparison.Ordinal));
        Assert.All(audit, e => Assert.All(codes, c => Assert.DoesNotContain(c, e.Target + e.Detail, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Recovery_code_should_sign_in_once_when_the_phone_is_lost()
    {
        var (_, codes) = await EnrolAsync();

        var first = _hub.Anonymous();
        await first.PostFormAsync("/login", "/login", [new("email", Editor), new("password", AdminClient.Password)]);
        var used = await first.PostFormAsync("/login/2fa", "/login/2fa", [new("recovery", codes[0].ToUpperInvariant())]);
        var second = _hub.Anonymous();
        await second.PostFormAsync("/login", "/login", [new("email", Editor), new("password", AdminClient.Password)]);
        var reused = await second.PostFormAsync("/login/2fa", "/login/2fa", [new("recovery", codes[0])]);
        var account = await first.PageAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        Assert.Contains("9 code(s)", account, StringComparison.Ordinal);
        await using var scope = await _hub.ScopeAsync();
        var tokens = scope.ServiceProvider.GetRequiredService<OpinionAct.Media.Data.Tenant.TenantDbContext>().UserTokens.Select(t => t.Value).ToList();
        Assert.All(tokens, value => Assert.All(codes, c => Assert.DoesNotContain(c.Replace("-", string.Empty, StringComparison.Ordinal), value ?? string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Two_factor_should_send_editors_to_enrolment_when_the_agency_requires_it()
    {
        var required = await CliRunner.RunAsync(_hub.Storage, "users", "require-2fa", "--tenant", AccountsHost.Hub, "--required", "yes");
        var browser = _hub.Anonymous();
        var password = await browser.PostFormAsync("/login", "/login", [new("email", Editor), new("password", AdminClient.Password)]);
        var enrol = await browser.PageAsync("/login/2fa");
        var key = TestTotp.KeyFrom(enrol);
        var done = await browser.PostFormAsync("/login/2fa", "/login/2fa", [new("code", TestTotp.Code(key, _hub.Clock.GetUtcNow()))]);
        var html = await done.Content.ReadAsStringAsync();
        var articles = await browser.GetAsync("/articles");

        Assert.True(required.ExitCode == 0, required.ToString());
        Assert.EndsWith("/admin/login/2fa", password.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("otpauth://totp/", enrol, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(10, RecoveryCodePattern().Count(html));
        Assert.Equal(HttpStatusCode.OK, articles.StatusCode);
    }

    [Fact]
    public async Task Two_factor_should_stay_on_when_turning_it_off_without_a_valid_code()
    {
        var (key, _) = await EnrolAsync();
        var browser = await SignInWithCodeAsync(key);

        var refused = await browser.PostFormAsync("/account", "/account/2fa/disable", [new("code", "123456")]);
        _hub.Clock.Advance(TimeSpan.FromSeconds(30));
        var off = await browser.PostFormAsync("/account", "/account/2fa/disable", [new("code", TestTotp.Code(key, _hub.Clock.GetUtcNow()))]);
        var again = _hub.Anonymous();
        var password = await again.PostFormAsync("/login", "/login", [new("email", Editor), new("password", AdminClient.Password)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.EndsWith("/admin/articles", password.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains(await _hub.AuditAsync(), e => e.Action == AuditActions.TwoFactorDisabled);
    }

    /// <summary>Turns the editor's second factor on from "My account"; returns the key and the recovery codes shown.</summary>
    private async Task<(string Key, IReadOnlyList<string> Codes)> EnrolAsync()
    {
        var editor = await _hub.SignInAsync(Editor);
        var started = await editor.PostFormAsync("/account", "/account/2fa/start", []);
        var key = TestTotp.KeyFrom(await started.Content.ReadAsStringAsync());
        var wrong = await editor.PostFormAsync("/account", "/account/2fa/confirm", [new("code", "999999")]);
        var confirmed = await editor.PostFormAsync("/account", "/account/2fa/confirm", [new("code", TestTotp.Code(key, _hub.Clock.GetUtcNow()))]);
        var html = await confirmed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return (key, RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value).ToList());
    }

    private async Task<AdminClient> SignInWithCodeAsync(string key)
    {
        _hub.Clock.Advance(TimeSpan.FromSeconds(30));
        var browser = _hub.Anonymous();
        await browser.PostFormAsync("/login", "/login", [new("email", Editor), new("password", AdminClient.Password)]);
        var response = await browser.PostFormAsync("/login/2fa", "/login/2fa", [new("code", TestTotp.Code(key, _hub.Clock.GetUtcNow()))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    [GeneratedRegex("<code class=\"secret\">([a-z2-9]{5}-[a-z2-9]{5})</code>")]
    private static partial Regex RecoveryCodePattern();
}
