using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Accounts;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Security;

namespace OpinionAct.Media.IntegrationTests.Agency;

/// <summary>Issue 10: the console's page of a hub's people: invite, change a role, disable and enable, never leaving the hub without an Admin.</summary>
public sealed class ConsoleHubPeopleTests : IAsyncLifetime
{
    private const string People = "/admin/tenants/hub/people";

    private AccountsHost _hub = null!;

    public async Task InitializeAsync() => _hub = await AccountsHost.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Console_should_list_the_hubs_accounts_and_invite_someone_through_the_hubs_own_invitation()
    {
        var console = await ConsoleSignIn.ClientAsync(_hub.Host);

        var list = await console.GetStringAsync(new Uri("/admin", UriKind.Relative));
        var page = await console.GetStringAsync(new Uri(People, UriKind.Relative));
        var invited = await BrowserForm.PostAsync(console, People, People + "/invite", new() { ["email"] = "redac@marque.test", ["role"] = "Editor" });
        var after = await console.GetStringAsync(new Uri(People, UriKind.Relative));
        var accepted = await _hub.Host.Client().GetAsync(new Uri("/hub/admin" + _hub.LastLink("redac@marque.test", "invitation"), UriKind.Relative));

        Assert.Contains($"href=\"{People}\"", list, StringComparison.Ordinal);
        Assert.Contains(AccountsHost.AdminEmail, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains("An invitation was emailed to redac@marque.test.", Uri.UnescapeDataString(invited.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.Contains("Pending invitations", after, StringComparison.Ordinal);
        Assert.Contains("redac@marque.test", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains(await _hub.AuditAsync(), e => e.Action == AuditActions.UserInvited && e.Target == "redac@marque.test" && e.Actor == "staff@agency.test" && e.ActorKind == (int)AuditActorKind.Support);
    }

    [Fact]
    public async Task Console_should_refuse_a_bad_invitation_and_send_nothing()
    {
        var console = await ConsoleSignIn.ClientAsync(_hub.Host);

        var notAnAddress = await BrowserForm.PostAsync(console, People, People + "/invite", new() { ["email"] = "pas une adresse", ["role"] = "Editor" });
        var badRole = await BrowserForm.PostAsync(console, People, People + "/invite", new() { ["email"] = "x@marque.test", ["role"] = "Owner" });
        var taken = await BrowserForm.PostAsync(console, People, People + "/invite", new() { ["email"] = AccountsHost.AdminEmail, ["role"] = "Editor" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, notAnAddress.StatusCode);
        Assert.Contains("is not a valid email address", await notAnAddress.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badRole.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(0, _hub.Sink.Count);
    }

    [Fact]
    public async Task Console_should_change_a_role_and_refuse_to_demote_the_last_admin()
    {
        await AdminClient.AddUserAsync(_hub.Storage, AccountsHost.Hub, "auteur@hub.test", "Author");
        var console = await ConsoleSignIn.ClientAsync(_hub.Host);
        var author = await IdAsync("auteur@hub.test");
        var admin = await IdAsync(AccountsHost.AdminEmail);

        var promoted = await BrowserForm.PostAsync(console, People, $"{People}/{author}/role", new() { ["role"] = "Editor" });
        var demoted = await BrowserForm.PostAsync(console, People, $"{People}/{admin}/role", new() { ["role"] = "Author" });
        var unknown = await BrowserForm.PostAsync(console, People, $"{People}/nobody/role", new() { ["role"] = "Editor" });

        Assert.Equal(HttpStatusCode.Redirect, promoted.StatusCode);
        Assert.Equal(["Editor"], await RolesAsync("auteur@hub.test"));
        Assert.Equal(HttpStatusCode.Conflict, demoted.StatusCode);
        Assert.Contains("last Admin", await demoted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Admin"], await RolesAsync(AccountsHost.AdminEmail));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_should_end_its_sessions_and_refuse_its_sign_in_until_it_is_enabled()
    {
        await AdminClient.AddUserAsync(_hub.Storage, AccountsHost.Hub, "redac@hub.test", "Editor");
        var editor = await _hub.SignInAsync("redac@hub.test");
        var console = await ConsoleSignIn.ClientAsync(_hub.Host);
        var id = await IdAsync("redac@hub.test");

        var disabled = await BrowserForm.PostAsync(console, People, $"{People}/{id}/disable", []);
        var openSession = await editor.GetAsync("/articles");
        var signIn = await _hub.Anonymous().PostFormAsync("/login", "/login", [new("email", "redac@hub.test"), new("password", AdminClient.Password)]);
        var page = await console.GetStringAsync(new Uri(People, UriKind.Relative));
        var enabled = await BrowserForm.PostAsync(console, People, $"{People}/{id}/enable", []);
        var again = await _hub.SignInAsync("redac@hub.test");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, openSession.StatusCode);
        Assert.Contains("/admin/login", openSession.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.Contains("disabled", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/articles")).StatusCode);
        var audit = await _hub.AuditAsync();
        Assert.Contains(audit, e => e.Action == AuditActions.UserDisabled && e.Target == "redac@hub.test");
        Assert.Contains(audit, e => e.Action == AuditActions.UserEnabled && e.Target == "redac@hub.test");
    }

    [Fact]
    public async Task Console_should_refuse_to_disable_the_last_admin_who_can_sign_in()
    {
        var console = await ConsoleSignIn.ClientAsync(_hub.Host);
        var admin = await IdAsync(AccountsHost.AdminEmail);

        var refused = await BrowserForm.PostAsync(console, People, $"{People}/{admin}/disable", []);
        var still = await _hub.SignInAsync();

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await still.GetAsync("/articles")).StatusCode);
    }

    [Fact]
    public async Task People_page_should_send_anonymous_visitors_to_sign_in_and_refuse_a_post_without_a_token()
    {
        var admin = await IdAsync(AccountsHost.AdminEmail);
        var anonymous = await _hub.Host.Client().GetAsync(new Uri(People, UriKind.Relative));
        var console = await ConsoleSignIn.ClientAsync(_hub.Host);

        var forged = await console.PostAsync(new Uri($"{People}/{admin}/disable", UriKind.Relative), new FormUrlEncodedContent([]));
        var unknownHub = await console.GetAsync(new Uri("/admin/tenants/nowhere/people", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/admin/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, unknownHub.StatusCode);
        Assert.Contains("Unknown hub", Uri.UnescapeDataString(unknownHub.Headers.Location!.ToString()), StringComparison.Ordinal);
    }

    private async Task<string> IdAsync(string email)
    {
        await using var scope = await _hub.ScopeAsync();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TenantUser>>().FindByEmailAsync(email))!.Id;
    }

    private async Task<List<string>> RolesAsync(string email)
    {
        await using var scope = await _hub.ScopeAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TenantUser>>();
        return [.. (await users.GetRolesAsync((await users.FindByEmailAsync(email))!)).Order(StringComparer.Ordinal)];
    }
}
