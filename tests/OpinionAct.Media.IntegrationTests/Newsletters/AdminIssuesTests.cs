using System.Net;
using System.Text.RegularExpressions;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>Writing, previewing, testing and sending an issue from the editor admin.</summary>
public sealed partial class AdminIssuesTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private SmtpSink _sink = null!;
    private MediaHost _host = null!;
    private IssueSeed _seed = null!;
    private int _newsletter;
    private int _article;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _sink = new SmtpSink();
        _host = IssueSendingTests.Host(_storage, _sink.Settings());
        await _host.CreateTenantAsync("mail", prefix: "mail");
        await AdminClient.AddUserAsync(_storage, "mail", "editor@mail.test", "Editor");
        await AdminClient.AddUserAsync(_storage, "mail", "author@mail.test", "Author");
        _seed = new IssueSeed(_host, "mail");
        _newsletter = await _seed.NewsletterAsync();
        await _seed.SubscribersAsync(_newsletter, 3);
        _article = await _seed.Content.ArticleAsync(ContentSeed.Draft("Chaleur renouvelable"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _sink.Dispose();
        await _storage.DisposeAsync();
    }

    private KeyValuePair<string, string>[] Fields(string action, string subject = "Lettre <n°1>") =>
    [
        new("IssueNewsletter", _newsletter.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Subject", subject),
        new("Preheader", "Ce qui a compté cette semaine"),
        new("Markdown", "## Édito\n\nBonjour & bienvenue.\n\n<script>alert(1)</script>"),
        new("Articles", _article.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("action", action),
    ];

    [Fact]
    public async Task Editor_should_write_preview_test_and_send_an_issue_from_the_admin()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "mail", "editor@mail.test");

        var form = await editor.PageAsync("/issues/new");
        var created = await editor.PostFormAsync("/issues/new", "/issues/new", Fields("save"));
        var id = IssueId(created);
        var preview = await editor.PostFormAsync($"/issues/{id}", $"/issues/{id}", Fields("preview"));
        var email = await editor.GetAsync($"/issues/{id}/preview");
        var html = await email.Content.ReadAsStringAsync();
        var test = await editor.PostFormAsync($"/issues/{id}", $"/issues/{id}", Fields("test"));
        await Eventually.TrueAsync(() => Task.FromResult(_sink.Count == 1), TimeSpan.FromSeconds(10), "the test message");
        var testMessage = _sink.Messages.Single();
        var sent = await editor.PostFormAsync($"/issues/{id}", $"/issues/{id}", Fields("send"));
        var progress = await _seed.SentAsync(id);
        var page = await editor.PageAsync($"/issues/{id}");
        var list = await editor.PageAsync("/issues");
        var change = await editor.PostFormAsync($"/issues/{id}", $"/issues/{id}", Fields("save", "Trop tard"));

        Assert.Contains("name=\"IssueNewsletter\"", form, StringComparison.Ordinal);
        Assert.Contains("Chaleur renouvelable", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, preview.StatusCode);
        Assert.EndsWith($"/mail/admin/issues/{id}/preview", preview.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, email.StatusCode);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Lettre &lt;n°1&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("style=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("Chaleur renouvelable", html, StringComparison.Ordinal);
        Assert.Contains("sandbox", email.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, test.StatusCode);
        Assert.Equal("editor@mail.test", testMessage.To.Mailboxes.Single().Address);
        Assert.Equal("[Test] Lettre <n°1>", testMessage.Subject);
        Assert.Null(testMessage.Headers["List-Unsubscribe"]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal((3, 3), (progress.Total, progress.Sent));
        await Eventually.TrueAsync(() => Task.FromResult(_sink.Count == 4), TimeSpan.FromSeconds(10), "three more messages");
        Assert.Contains("status-Sent", page, StringComparison.Ordinal);
        Assert.Contains("Envoyés", page, StringComparison.Ordinal);
        Assert.Contains("Lettre &lt;n°1&gt;", list, StringComparison.Ordinal);
        Assert.Contains("3 / 3", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, change.StatusCode);
    }

    [Fact]
    public async Task Editor_should_see_errors_next_to_fields_and_nothing_saved_when_the_issue_is_invalid()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "mail", "editor@mail.test");

        var response = await editor.PostFormAsync("/issues/new", "/issues/new", [new("IssueNewsletter", "999"), new("Subject", ""), new("Markdown", ""), new("action", "save")]);
        var html = await response.Content.ReadAsStringAsync();
        var past = await editor.PostFormAsync("/issues/new", "/issues/new", [.. Fields("schedule"), new("SendAt", "2001-01-01T10:00")]);
        var pastHtml = await past.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("Écrivez un objet.", html, StringComparison.Ordinal);
        Assert.Contains("Choisissez l&#x27;une des lettres d&#x27;information de ce site.", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Contains("Choisissez un moment dans le futur.", pastHtml, StringComparison.Ordinal);
        AdminClient.AssertNoMissingText(html);
    }

    [Fact]
    public async Task Author_should_be_refused_the_issue_pages_and_a_post_without_token_changes_nothing()
    {
        var author = await AdminClient.SignInAsync(_host.Client(), "mail", "author@mail.test");
        var editor = await AdminClient.SignInAsync(_host.Client(), "mail", "editor@mail.test");

        var list = await author.GetAsync("/issues");
        var forged = await editor.Http.PostAsync(editor.Url("/issues/new"), new FormUrlEncodedContent(Fields("send")));

        Assert.NotEqual(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Aucun numéro", await editor.PageAsync("/issues"), StringComparison.Ordinal);
    }

    private static int IssueId(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}");
        return int.Parse(IssuePattern().Match(response.Headers.Location!.ToString()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"/admin/issues/(\d+)")]
    private static partial Regex IssuePattern();
}
