using System.Globalization;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Site;

/// <summary>Reader questions on the public pages: the "ask" form about the page and the answered questions it publishes.</summary>
public sealed partial class SitePages
{
    private const int QuestionsShown = 20;

    private static AskFormView AskForm(SiteRequest site, string page, string? topic = null, string? expert = null, string? article = null) =>
        new() { Action = site.Urls.Home.TrimEnd('/') + "/questions", Topic = topic, Expert = expert, Article = article, Page = site.Urls.Absolute(page) };

    private async Task<IReadOnlyList<QuestionAnswerView>> AnsweredAsync(SiteRequest site, int? topicId, int? expertId, CancellationToken ct)
    {
        var culture = CultureInfo.GetCultureInfo(site.Site.Language);
        return (await questions.AnsweredAsync(topicId, expertId, QuestionsShown, ct))
            .Select(q => new QuestionAnswerView(q.Text, q.AnswerHtml ?? string.Empty, q.AnsweredUtc!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), q.AnsweredUtc.Value.ToString("d MMMM yyyy", culture)))
            .ToList();
    }
}
