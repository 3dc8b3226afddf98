using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;

namespace OpinionAct.Media.IntegrationTests.Accounts;

/// <summary>Invitations by email: the single-use link, its expiry, replacement, tampering, and the guest expert role.</summary>
public sealed class InvitationTests : IAsyncLifetime
{
    private const string NewPassword = "a long enough new password";
    private AccountsHost _hub = null!;

    public async Task InitializeAsync() => _hub = await AccountsHost.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Invitation_should_create_the_account_and_sign_in_once_when_the_link_is_used()
    {
        var admin = await _hub.SignInAsync();
        var invited = await admin.PostFormAsync("/people", "/people/invite", [new("InviteEmail", "author@hub.test"), new("InviteRole", "Author")]);
        var link = _hub.LastLink("author@hub.test", "invitation");
        var token = link[(link.IndexOf('=') + 1)..];
        var person = _hub.Anonymous();
        var form = await person.PageAsync(link);
        var accepted = await person.PostFormAsync(link, "/invitation", [new("token", token), new("DisplayName", "Anne Autrice"), new("Password", NewPassword), new("Confirm", NewPassword)]);
        var articles = await person.GetAsync("/articles");
        var again = await _hub.Anonymous().GetAsync(link);
        var reused = await _hub.Anonymous().PostFormAsync("/login", "/invitation", [new("token", token), new("DisplayName", "Someone else"), new("Password", NewPassword), new("Confirm", NewPassword)]);
        var signIn = await _hub.SignInAsync("author@hub.test", NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains("author@hub.test", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, articles.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("déjà servi", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        Assert.NotNull(signIn);
        await using var scope = await _hub.ScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "author@hub.test");
        var stored = await db.Set<InvitationRecord>().AsNoTracking().SingleAsync();
        Assert.Equal("Anne Autrice", user.DisplayName);
        Assert.NotEqual(token, stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        var audit = await _hub.AuditAsync();
        Assert.Contains(audit, e => e.Action == AuditActions.UserInvited && e.Actor == AccountsHost.AdminEmail && e.Target == "author@hub.test");
        Assert.Contains(audit, e => e.Action == AuditActions.InvitationAccepted && e.Actor == "author@hub.test");
        Assert.All(audit, e => Assert.DoesNotContain(token, e.Target + e.Detail, StringComparison.Ordinal));
        Assert.All(audit, e => Assert.DoesNotContain(NewPassword, e.Target + e.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invitation_should_show_the_expired_page_when_the_link_is_older_than_seven_days()
    {
        var admin = await _hub.SignInAsync();
        await admin.PostFormAsync("/people", "/people/invite", [new("InviteEmail", "late@hub.test"), new("InviteRole", "Editor")]);
        var link = _hub.LastLink("late@hub.test", "invitation");
        var token = link[(link.IndexOf('=') + 1)..];
        var person = _hub.Anonymous();
        var html = await person.Http.GetStringAsync(person.Url("/login"));

        _hub.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var page = await person.GetAsync(link);
        var post = await person.PostWithTokenAsync(AdminClient.Token(html), "/invitation", [new("token", token), new("DisplayName", "Late"), new("Password", NewPassword), new("Confirm", NewPassword)]);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("a expiré", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        await using var scope = await _hub.ScopeAsync();
        Assert.False(await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Users.AnyAsync(u => u.Email == "late@hub.test"));
    }

    [Fact]
    public async Task Invitation_should_replace_the_earlier_link_and_refuse_a_tampered_one_when_the_address_is_invited_again()
    {
        var admin = await _hub.SignInAsync();
        await admin.PostFormAsync("/people", "/people/invite", [new("InviteEmail", "twice@hub.test"), new("InviteRole", "Editor")]);
        var first = _hub.LastLink("twice@hub.test", "invitation");
        await admin.PostFormAsync("/people", "/people/invite", [new("InviteEmail", "twice@hub.test"), new("InviteRole", "Author")]);
        var second = _hub.Links("twice@hub.test", "invitation").Single(l => l != first);

        var old = await _hub.Anonymous().GetAsync(first);
        var tampered = await _hub.Anonymous().GetAsync(second[..^2] + (second[^2..] == "AA" ? "BB" : "AA"));
        var current = await _hub.Anonymous().PageAsync(second);

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Contains("ne fonctionne pas", await old.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Contains("Author", current, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_should_keep_the_link_usable_when_the_password_is_refused()
    {
        var admin = await _hub.SignInAsync();
        await admin.PostFormAsync("/people", "/people/invite", [new("InviteEmail", "short@hub.test"), new("InviteRole", "Author")]);
        var link = _hub.LastLink("short@hub.test", "invitation");
        var token = link[(link.IndexOf('=') + 1)..];
        var person = _hub.Anonymous();

        var refused = await person.PostFormAsync(link, "/invitation", [new("token", token), new("DisplayName", "Short"), new("Password", "short"), new("Confirm", "short")]);
        var differ = await person.PostFormAsync(link, "/invitation", [new("token", token), new("DisplayName", "Short"), new("Password", NewPassword), new("Confirm", NewPassword + "x")]);
        var accepted = await person.PostFormAsync(link, "/invitation", [new("token", token), new("DisplayName", "Short"), new("Password", NewPassword), new("Confirm", NewPassword)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Le mot de passe doit compter au moins 12 caractères.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, differ.StatusCode);
        Assert.Contains("diffèrent", await differ.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Invitation_should_refuse_a_bad_address_or_an_existing_account_and_write_nothing()
    {
        var admin = await _hub.SignInAsync();

        var bad = await admin.PostFormAsync("/people", "/people/invite", [new("InviteEmail", "not an address"), new("InviteRole", "Author")]);
        var taken = await admin.PostFormAsync("/people", "/people/invite", [new("InviteEmail", AccountsHost.AdminEmail), new("InviteRole", "Author")]);
        var role = await admin.PostFormAsync("/people", "/people/invite", [new("InviteEmail", "ok@hub.test"), new("InviteRole", "Owner")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, role.StatusCode);
        Assert.Equal(0, _hub.Sink.Count);
        await using var scope = await _hub.ScopeAsync();
        Assert.False(await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Set<InvitationRecord>().AnyAsync());
    }

    [Fact]
    public async Task Guest_expert_should_write_drafts_but_not_publish_or_manage_topics_when_invited()
    {
        var admin = await _hub.SignInAsync();
        await admin.PostFormAsync("/people", "/people/invite", [new("InviteEmail", "expert@hub.test"), new("InviteRole", "GuestExpert")]);
        var link = _hub.LastLink("expert@hub.test", "invitation");
        var person = _hub.Anonymous();
        await person.PostFormAsync(link, "/invitation", [new("token", link[(link.IndexOf('=') + 1)..]), new("DisplayName", "Dr Expert"), new("Password", NewPassword), new("Confirm", NewPassword)]);

        var id = await person.CreateArticleAsync("Avis d'expert");
        var publish = await person.PostFormAsync($"/articles/{id}", $"/articles/{id}", [new("Title", "Avis d'expert"), new("Body", "Texte."), new("Language", "fr"), new("action", "publish")]);
        var topics = await person.GetAsync("/topics");

        Assert.True(id > 0);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, topics.StatusCode);
    }
}
