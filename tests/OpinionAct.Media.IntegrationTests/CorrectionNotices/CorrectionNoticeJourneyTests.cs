using System.Net;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;

namespace OpinionAct.Media.IntegrationTests.CorrectionNotices;

/// <summary>The whole journey over HTTP with an SMTP sink: issue sent, correction added, notice sent once, log updated.</summary>
public sealed class CorrectionNoticeJourneyTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Notice_should_reach_each_reader_of_the_issue_once_and_show_on_the_log_when_an_editor_sends_it(string provider)
    {
        await using var scenario = await NoticeScenario.CreateAsync(provider);
        var editor = await scenario.EditorAsync();
        var key = await scenario.CorrectionKeyAsync(editor);
        var before = await scenario.Host.Client().GetStringAsync($"/news/{scenario.ArticlePath}");

        var sent = await scenario.NotifyAsync(editor, key, scenario.Issue);
        var notice = Assert.Single(await scenario.NoticesAsync());
        await scenario.Seed.SentAsync(notice.NoticeIssueId);
        await Eventually.TrueAsync(() => Task.FromResult(scenario.Sink.Count == 2 * NoticeScenario.Readers), TimeSpan.FromSeconds(20), "the notices");
        var admin = await editor.PageAsync($"/articles/{scenario.Article}");
        var article = await scenario.Host.Client().GetStringAsync($"/news/{scenario.ArticlePath}");
        var again = await scenario.NotifyAsync(editor, key, scenario.Issue);
        var refusal = await again.Content.ReadAsStringAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));

        var notices = scenario.Sink.Messages.Where(m => m.Subject?.StartsWith("Correction", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(NoticeScenario.Readers, notice.RecipientCount);
        Assert.Equal(NoticeScenario.Readers, notices.Count);
        Assert.Equal(
            Enumerable.Range(0, NoticeScenario.Readers).Select(IssueSeed.Address).Order(),
            notices.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.DoesNotContain(scenario.Sink.Messages, m => m.To.Mailboxes.Any(a => a.Address == NoticeScenario.OtherReader));
        Assert.All(notices, m =>
        {
            Assert.Equal("Correction : Pompes à chaleur en hiver", m.Subject);
            Assert.Contains("3,2 à −7 °C", m.TextBody, StringComparison.Ordinal);
            Assert.Contains("Le réseau sous tension", m.HtmlBody, StringComparison.Ordinal);
            Assert.NotNull(m.Headers["List-Unsubscribe"]);
        });
        Assert.DoesNotContain("lecteurs prévenus le", before, StringComparison.Ordinal);
        Assert.Contains("lecteurs prévenus le", article, StringComparison.Ordinal);
        Assert.Contains("class=\"correction-notified\"", article, StringComparison.Ordinal);
        Assert.Contains("Lecteurs prévenus le", admin, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("déjà été prévenus", refusal, StringComparison.Ordinal);
        Assert.Equal(2 * NoticeScenario.Readers, scenario.Sink.Count);
        Assert.Single(await scenario.NoticesAsync());
        Assert.Equal(NoticeScenario.Readers, await scenario.NoticeReadersAsync());
    }
}
