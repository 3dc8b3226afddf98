using System.Net;
using System.Text.RegularExpressions;
using OpinionAct.Media.Audit;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Accounts;

/// <summary>Password reset by email on a hub and on the agency console: same answer for unknown addresses, single use, expiry, throttling.</summary>
public sealed partial class PasswordResetTests : IAsyncLifetime
{
    private const string NewPassword = "a brand new long password";
    private AccountsHost _hub = null!;

    public async Task InitializeAsync()
    {
        _hub = await AccountsHost.StartAsync();
        await AdminClient.AddUserAsync(_hub.Storage, AccountsHost.Hub, "editor@hub.test", "Editor");
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Reset_should_set_a_new_password_once_and_sign_out_other_sessions_when_the_link_is_used()
    {
        var signedIn = await _hub.SignInAsync("editor@hub.test");
        var person = _hub.Anonymous();
        await person.PostFormAsync("/forgot", "/forgot", [new("email", "editor@hub.test")]);
        await Eventually.TrueAsync(() => Task.FromResult(_hub.Links("editor@hub.test", "reset").Count == 1), TimeSpan.FromSeconds(10), "the reset email");
        var link = _hub.LastLink("editor@hub.test", "reset");
        var (email, token) = Parse(link);

        var page = await person.PageAsync(link);
        var done = await person.PostFormAsync(link, "/reset", [new("email", email), new("token", token), new("Password", NewPassword), new("Confirm", NewPassword)]);
        var reused = await person.PostFormAsync(link, "/reset", [new("email", email), new("token", token), new("Password", NewPassword + "!"), new("Confirm", NewPassword + "!")]);
        var oldSession = await signedIn.GetAsync("/articles");
        var oldPassword = await _hub.Anonymous().PostFormAsync("/login", "/login", [new("email", "editor@hub.test"), new("password", AdminClient.Password)]);
        var newPassword = await _hub.SignInAsync("editor@hub.test", NewPassword);

        Assert.Contains("editor@hub.test", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.EndsWith("/login?done=reset", done.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("ne fonctionne pas", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, oldSession.StatusCode);
        Assert.Contains("/admin/login", oldSession.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.NotNull(newPassword);
        var audit = await _hub.AuditAsync();
        Assert.Contains(audit, e => e.Action == AuditActions.PasswordReset && e.Actor == "editor@hub.test");
        Assert.All(audit, e => Assert.DoesNotContain(token, e.Target + e.Detail, StringComparison.Ordinal));
        Assert.All(audit, e => Assert.DoesNotContain(NewPassword, e.Actor + e.Target + e.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forgot_should_answer_the_same_and_send_nothing_when_the_address_has_no_account()
    {
        var known = await _hub.Anonymous().PostFormAsync("/forgot", "/forgot", [new("email", "editor@hub.test")]);
        var unknown = await _hub.Anonymous().PostFormAsync("/forgot", "/forgot", [new("email", "nobody@hub.test")]);
        await Eventually.TrueAsync(() => Task.FromResult(_hub.MailTo("editor@hub.test").Count == 1), TimeSpan.FromSeconds(10), "the reset email");

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(Visible(await known.Content.ReadAsStringAsync()), Visible(await unknown.Content.ReadAsStringAsync()));
        Assert.Empty(_hub.MailTo("nobody@hub.test"));
    }

    [Fact]
    public async Task Reset_should_refuse_the_link_when_it_is_older_than_an_hour()
    {
        var person = _hub.Anonymous();
        await person.PostFormAsync("/forgot", "/forgot", [new("email", "editor@hub.test")]);
        await Eventually.TrueAsync(() => Task.FromResult(_hub.Links("editor@hub.test", "reset").Count == 1), TimeSpan.FromSeconds(10), "the reset email");
        var link = _hub.LastLink("editor@hub.test", "reset");
        var (email, token) = Parse(link);
        var html = await person.Http.GetStringAsync(person.Url(link));

        _hub.Clock.Advance(TimeSpan.FromMinutes(61));
        var late = await person.PostWithTokenAsync(AdminClient.Token(html), "/reset", [new("email", email), new("token", token), new("Password", NewPassword), new("Confirm", NewPassword)]);
        var tampered = await person.PostWithTokenAsync(AdminClient.Token(html), "/reset", [new("email", email), new("token", token[..^3] + "abc"), new("Password", NewPassword), new("Confirm", NewPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.NotNull(await _hub.SignInAsync("editor@hub.test"));
    }

    [Fact]
    public async Task Forgot_should_pause_the_address_when_it_asks_too_often()
    {
        var person = _hub.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await person.PostFormAsync("/forgot", "/forgot", [new("email", "editor@hub.test")]);
        }

        var response = await person.PostFormAsync("/forgot", "/forgot", [new("email", "editor@hub.test")]);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Console_reset_should_change_the_agency_password_once_and_answer_the_same_for_unknown_staff()
    {
        var client = _hub.Host.Client();
        var known = await PostConsoleAsync(client, "/admin/forgot", "/admin/forgot", [new("email", "staff@agency.test")]);
        var unknown = await PostConsoleAsync(_hub.Host.Client(), "/admin/forgot", "/admin/forgot", [new("email", "ghost@agency.test")]);
        await Eventually.TrueAsync(() => Task.FromResult(_hub.Links("staff@agency.test", "reset").Count == 1), TimeSpan.FromSeconds(10), "the console reset email");
        var link = "/admin" + _hub.LastLink("staff@agency.test", "reset");
        var (email, token) = Parse(link);

        var done = await PostConsoleAsync(client, link, "/admin/reset", [new("email", email), new("token", token), new("password", NewPassword), new("confirm", NewPassword)]);
        var reused = await PostConsoleAsync(client, link, "/admin/reset", [new("email", email), new("token", token), new("password", NewPassword), new("confirm", NewPassword)]);
        var signIn = await PostConsoleAsync(client, "/admin/login", "/admin/login", [new("email", "staff@agency.test"), new("password", NewPassword)]);

        Assert.Equal(Visible(await known.Content.ReadAsStringAsync()), Visible(await unknown.Content.ReadAsStringAsync()));
        Assert.Empty(_hub.MailTo("ghost@agency.test"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.EndsWith("/admin", signIn.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    internal static async Task<HttpResponseMessage> PostConsoleAsync(HttpClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync(new Uri(formPage, UriKind.Relative));
        return await client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields.Append(AdminClient.Token(html))));
    }

    private static (string Email, string Token) Parse(string link)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link[(link.IndexOf('?') + 1)..]);
        return (query["email"]!, query["token"]!);
    }

    /// <summary>The page without its antiforgery token and nonce, which differ per response.</summary>
    private static string Visible(string html) => Volatile().Replace(html, string.Empty);

    [GeneratedRegex("value=\"[^\"]*\"|nonce=\"[^\"]*\"")]
    private static partial Regex Volatile();
}
