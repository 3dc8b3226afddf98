using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>One line of the Admin API's article list (the body is left out: get the article for it).</summary>
public sealed record ArticleSummary(int Id, string Status, string Title, string Path, string Language, DateTime UpdatedUtc, DateTime? PublishedUtc, DateTime? ScheduledUtc, IReadOnlyList<string> Topics)
{
    public static ArticleSummary From(ArticleRecord article) => new(
        article.Id, ((ArticleStatus)article.Status).ToString(), article.Title, article.Path, article.Language, article.UpdatedUtc, article.PublishedUtc, article.ScheduledUtc,
        article.OrderedTopics().Select(t => t.Slug).ToList());
}
