using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>
/// The article as the editor's form stands, for the preview: the same Markdown pipeline (and sanitiser) as a save,
/// in a record that is never attached to the database. Unknown topics and experts are left out, as a save would refuse them.
/// </summary>
internal static class UnsavedArticle
{
    public static ArticleRecord From(ArticleFormInput input, ArticleRecord? saved, AdminRequest r, MarkdownRenderer markdown, IReadOnlyList<TopicRecord> topics, IReadOnlyList<ExpertRecord> experts)
    {
        var draft = input.ToDraft(r);
        var rendered = markdown.Render(draft.Body);
        var now = r.Now.UtcDateTime;
        var title = draft.Title.Trim();
        return new ArticleRecord
        {
            Id = saved?.Id ?? 0,
            Path = string.IsNullOrWhiteSpace(draft.Path) ? Slugs.From(title) : draft.Path.Trim(),
            Title = title,
            Dek = draft.Dek,
            BodyMarkdown = draft.Body,
            BodyHtml = rendered.Html,
            BodyText = rendered.PlainText,
            WordCount = rendered.WordCount,
            CoverImage = draft.CoverImage,
            CoverAlt = draft.CoverAlt,
            Language = draft.Language,
            SeoTitle = draft.SeoTitle,
            SeoDescription = draft.SeoDescription,
            CanonicalUrl = draft.CanonicalUrl,
            SourcesJson = ContentJson.Write(draft.Sources.Where(s => !string.IsNullOrWhiteSpace(s.Title)).ToList()),
            CorrectionsJson = ContentJson.Write(draft.Corrections.Where(c => c.Date.Year is >= 1990 and <= 2200).OrderBy(c => c.Date).ToList()),
            ClaimReviewsJson = ContentJson.Write(draft.ClaimReviews.Where(c => !string.IsNullOrWhiteSpace(c.Claim) && ClaimRating.IsValid(c.Rating)).ToList()),
            PublishedUtc = saved?.PublishedUtc ?? now,
            CreatedUtc = saved?.CreatedUtc ?? now,
            UpdatedUtc = now,
            Topics = draft.Topics.Distinct(StringComparer.Ordinal)
                .Select(slug => topics.FirstOrDefault(t => t.Slug == slug)).OfType<TopicRecord>()
                .Select((topic, i) => new ArticleTopicRecord { TopicId = topic.Id, Topic = topic, Position = i }).ToList(),
            Experts = draft.Experts.Distinct(StringComparer.Ordinal)
                .Select(slug => experts.FirstOrDefault(e => e.Slug == slug)).OfType<ExpertRecord>()
                .Select((expert, i) => new ArticleExpertRecord { ExpertId = expert.Id, Expert = expert, Position = i }).ToList(),
        };
    }
}
