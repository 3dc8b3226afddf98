using System.Security.Cryptography;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.CorrectionNotices;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Localization;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.Content;

namespace OpinionAct.Media.Web.CorrectionNotices.Recipes;

/// <summary>
/// The <c>correctionNotices</c> step: <c>{ "name": "correctionNotices", "Notices": [{ "Article": "path",
/// "Newsletter": "slug", "IssueSubject": "...", "Readers": 120 }] }</c>: history for a demo hub, so a newcomer sees
/// "readers notified on …" on an article's corrections log. For the article's latest correction it records an issue
/// of the newsletter that listed the article (sent two days before the correction) and a notice sent on the
/// correction's day, both already Sent, with no queue rows: nobody is mailed. An article whose correction has a
/// notice already is skipped, so running twice changes nothing. Runs after the content and newsletters steps.
/// An export names the exact history instead: <c>"Correction"</c> (the correction's key, <c>CorrectionKeys.Of</c>),
/// <c>"IssueSentUtc"</c> and <c>"NotifiedUtc"</c>; a notice already recorded with that key and date is skipped.
/// </summary>
internal sealed class CorrectionNoticesStep(CorrectionNoticeStore store, NewsletterStore newsletters) : IRecipeStepHandler
{
    public string StepName => "correctionNotices";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiTextArea.Theme, null);
        foreach (var (item, path) in context.ObjectArray("Notices", "notice"))
        {
            var articlePath = context.OptionalString(item, "Article", path) ?? string.Empty;
            var slug = context.OptionalString(item, "Newsletter", path) ?? string.Empty;
            var article = await store.ArticleByPathAsync(articlePath, cancellationToken);
            var newsletter = await newsletters.FindBySlugTrackedAsync(slug, cancellationToken);
            if (article is null || newsletter is null)
            {
                context.Error(path, article is null ? $"article '{articlePath}' does not exist" : $"newsletter '{slug}' does not exist");
                continue;
            }

            var corrections = ContentJson.Corrections(article.CorrectionsJson);
            var named = context.OptionalString(item, "Correction", path);
            var correction = named is null ? corrections.OrderBy(c => c.Date).LastOrDefault() : corrections.FirstOrDefault(c => CorrectionKeys.Of(c) == named);
            if (correction is null)
            {
                context.Error($"{path}.{(named is null ? "Article" : "Correction")}", named is null
                    ? $"article '{articlePath}' has no correction to notify"
                    : $"article '{articlePath}' has no correction with key '{named}'");
                continue;
            }

            if (!context.TryOptionalDate(item, "NotifiedUtc", path, out var notifiedAt) || !context.TryOptionalDate(item, "IssueSentUtc", path, out var issueSentAt))
            {
                continue;
            }

            var notified = notifiedAt?.UtcDateTime;
            var issueSent = issueSentAt?.UtcDateTime;

            var key = CorrectionKeys.Of(correction);
            var corrected = notified ?? correction.Date.UtcDateTime;
            if ((await store.ForArticleAsync(article.Id, cancellationToken)).Any(n => n.CorrectionKey == key && (notified is null || n.CreatedUtc == corrected)))
            {
                continue;
            }

            var readers = item["Readers"]?.GetValue<int>() ?? 0;
            var sent = issueSent ?? corrected.AddDays(-2);
            var source = Issue(newsletter.Id, context.OptionalString(item, "IssueSubject", path) ?? article.Title, $"[{article.Id}]", sent, readers);
            var notice = Issue(newsletter.Id, text.Format("NoticeSubject", article.Title), $"[{article.Id}]", corrected, readers);
            await store.AddSentAsync(source, notice, new CorrectionNoticeRecord { ArticleId = article.Id, CorrectionKey = key, CreatedUtc = corrected, RecipientCount = readers, CreatedBy = "recipe" }, cancellationToken);
        }
    }

    private static NewsletterIssueRecord Issue(int newsletterId, string subject, string articles, DateTime at, int readers) => new()
    {
        NewsletterId = newsletterId,
        Subject = subject.Length <= 200 ? subject : subject[..200],
        ArticleIdsJson = articles,
        Status = IssueStatus.Sent,
        QueuedUtc = at,
        CompletedUtc = at,
        RecipientCount = readers,
        MessageKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
        CreatedUtc = at,
        UpdatedUtc = at,
    };
}
