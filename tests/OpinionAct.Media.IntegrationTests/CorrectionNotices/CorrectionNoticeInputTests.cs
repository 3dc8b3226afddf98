using System.Net;
using OpinionAct.Media.IntegrationTests.Admin;

namespace OpinionAct.Media.IntegrationTests.CorrectionNotices;

/// <summary>Notices that must not go out: each refused with a sentence, nothing written, nothing mailed.</summary>
public sealed class CorrectionNoticeInputTests : IAsyncLifetime
{
    private NoticeScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await NoticeScenario.CreateAsync("Sqlite");

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task Notice_should_be_refused_when_the_issue_was_never_sent()
    {
        var editor = await _scenario.EditorAsync();
        var key = await _scenario.CorrectionKeyAsync(editor);
        var draft = await _scenario.Seed.IssueAsync(_scenario.Newsletter, "Pas encore parti", articles: [_scenario.Article]);

        var response = await _scenario.NotifyAsync(editor, key, draft);
        var missing = await _scenario.NotifyAsync(editor, key, 9999);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("n&#x27;a jamais été envoyé", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        await AssertNothingSentAsync();
    }

    [Fact]
    public async Task Notice_should_be_refused_when_the_correction_does_not_exist()
    {
        var editor = await _scenario.EditorAsync();

        var response = await _scenario.NotifyAsync(editor, new string('0', 32), _scenario.Issue);
        var blank = await _scenario.NotifyAsync(editor, string.Empty, _scenario.Issue);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Cette correction n&#x27;est pas dans le journal", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        await AssertNothingSentAsync();
    }

    [Fact]
    public async Task Notice_should_be_sent_once_when_it_is_requested_twice()
    {
        var editor = await _scenario.EditorAsync();
        var key = await _scenario.CorrectionKeyAsync(editor);

        var first = await _scenario.NotifyAsync(editor, key, _scenario.Issue);
        var second = await _scenario.NotifyAsync(editor, key, _scenario.Issue);
        var notice = Assert.Single(await _scenario.NoticesAsync());
        await _scenario.Seed.SentAsync(notice.NoticeIssueId);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(NoticeScenario.Readers, await _scenario.NoticeReadersAsync());
        Assert.Equal(NoticeScenario.Readers, (await _scenario.Seed.DeliveriesAsync(notice.NoticeIssueId)).Count);
        Assert.Equal(2 * NoticeScenario.Readers, _scenario.Sink.Count);
    }

    [Fact]
    public async Task Notice_should_be_refused_when_the_user_is_an_author()
    {
        var editor = await _scenario.EditorAsync();
        var key = await _scenario.CorrectionKeyAsync(editor);
        var author = await _scenario.AuthorAsync();
        var page = await author.PageAsync($"/articles/{_scenario.Article}");

        var response = await author.PostFormAsync($"/articles/{_scenario.Article}", $"/articles/{_scenario.Article}/notices",
            [new("correction", key), new("issue", _scenario.Issue.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("name=\"correction\"", page, StringComparison.Ordinal);
        await AssertNothingSentAsync();
    }

    [Fact]
    public async Task Notice_should_be_refused_when_the_antiforgery_token_is_missing()
    {
        var editor = await _scenario.EditorAsync();
        var key = await _scenario.CorrectionKeyAsync(editor);

        var response = await editor.Http.PostAsync(editor.Url($"/articles/{_scenario.Article}/notices"), new FormUrlEncodedContent(
            [new("correction", key), new("issue", _scenario.Issue.ToString(System.Globalization.CultureInfo.InvariantCulture))]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingSentAsync();
    }

    private async Task AssertNothingSentAsync()
    {
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Empty(await _scenario.NoticesAsync());
        Assert.Equal(0, await _scenario.NoticeReadersAsync());
        Assert.Equal(NoticeScenario.Readers, _scenario.Sink.Count);
    }
}
