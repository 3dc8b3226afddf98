using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;

namespace OpinionAct.Media.IntegrationTests.Accounts;

/// <summary>A hub's Admin disables and enables an account on the People page, but never the last Admin who can sign in.</summary>
public sealed class PeopleDisableTests : IAsyncLifetime
{
    private AccountsHost _hub = null!;

    public async Task InitializeAsync() => _hub = await AccountsHost.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Admin_should_disable_an_account_which_then_cannot_sign_in_until_enabled()
    {
        await AdminClient.AddUserAsync(_hub.Storage, AccountsHost.Hub, "auteur@hub.test", "Author");
        var author = await _hub.SignInAsync("auteur@hub.test");
        var admin = await _hub.SignInAsync();
        var id = await IdAsync("auteur@hub.test");

        var disabled = await admin.PostFormAsync("/people", $"/people/{id}/disable", []);
        var authorAfter = await author.GetAsync("/articles");
        var refused = await _hub.Anonymous().PostFormAsync("/login", "/login", [new("email", "auteur@hub.test"), new("password", AdminClient.Password)]);
        var page = await admin.PageAsync("/people?done=disabled");
        var enabled = await admin.PostFormAsync("/people", $"/people/{id}/enable", []);

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, authorAfter.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("désactivé", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Compte désactivé", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await _hub.SignInAsync("auteur@hub.test")).GetAsync("/articles")).StatusCode);
    }

    [Fact]
    public async Task Admin_should_not_disable_the_last_admin_who_can_sign_in()
    {
        var admin = await _hub.SignInAsync();
        var id = await IdAsync(AccountsHost.AdminEmail);

        var refused = await admin.PostFormAsync("/people", $"/people/{id}/disable", []);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/articles")).StatusCode);
    }

    private async Task<string> IdAsync(string email)
    {
        await using var scope = await _hub.ScopeAsync();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TenantUser>>().FindByEmailAsync(email))!.Id;
    }
}
