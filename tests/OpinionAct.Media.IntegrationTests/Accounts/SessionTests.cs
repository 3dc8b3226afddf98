using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;

namespace OpinionAct.Media.IntegrationTests.Accounts;

/// <summary>The session list: each sign-in is a session; signing one out, or all, refuses those cookies at their next request.</summary>
public sealed partial class SessionTests : IAsyncLifetime
{
    private AccountsHost _hub = null!;

    public async Task InitializeAsync() => _hub = await AccountsHost.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Session_should_be_refused_at_its_next_request_when_it_is_signed_out_from_another_browser()
    {
        var laptop = await _hub.SignInAsync();
        var phone = await _hub.SignInAsync();
        var account = await laptop.PageAsync("/account");
        var sessions = SessionPattern().Matches(account).Select(m => m.Groups[1].Value).Distinct().ToList();
        var current = CurrentPattern().Match(account).Groups[1].Value;
        var other = sessions.Single(s => s != current);

        var revoked = await laptop.PostFormAsync("/account", $"/account/sessions/{other}/revoke", []);
        var phoneAfter = await phone.GetAsync("/articles");
        var laptopAfter = await laptop.GetAsync("/articles");
        var someoneElses = await laptop.PostFormAsync("/account", "/account/sessions/0123456789abcdef0123456789abcdef/revoke", []);

        Assert.Equal(2, sessions.Count);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, phoneAfter.StatusCode);
        Assert.Contains("/admin/login", phoneAfter.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, laptopAfter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, someoneElses.StatusCode);
        Assert.Contains(await _hub.AuditAsync(), e => e.Action == AuditActions.SessionRevoked && e.Detail == "one session");
    }

    [Fact]
    public async Task Sign_out_everywhere_should_refuse_every_cookie_of_the_account()
    {
        var laptop = await _hub.SignInAsync();
        var phone = await _hub.SignInAsync();

        var all = await laptop.PostFormAsync("/account", "/account/sessions/revoke-all", []);
        var phoneAfter = await phone.GetAsync("/articles");
        var laptopAfter = await laptop.GetAsync("/articles");

        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, phoneAfter.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, laptopAfter.StatusCode);
    }

    [Fact]
    public async Task Sign_out_should_remove_the_session_from_the_list()
    {
        var browser = await _hub.SignInAsync();
        var before = await SessionCountAsync();

        await browser.PostFormAsync("/articles", "/logout", []);

        Assert.Equal(1, before);
        Assert.Equal(0, await SessionCountAsync());
    }

    private async Task<int> SessionCountAsync()
    {
        await using var scope = await _hub.ScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Set<UserSessionRecord>().CountAsync();
    }

    [GeneratedRegex("/account/sessions/([0-9a-f]{32})/revoke")]
    private static partial Regex SessionPattern();

    [GeneratedRegex(@"\(ce navigateur\)</td><td>[^<]*</td><td>[^<]*</td>\s*<td><form method=""post"" action=""[^""]*/account/sessions/([0-9a-f]{32})/revoke""")]
    private static partial Regex CurrentPattern();
}
