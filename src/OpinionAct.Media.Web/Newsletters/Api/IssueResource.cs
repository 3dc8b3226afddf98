using System.Text.Json;
using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Web.Newsletters.Api;

/// <summary>A newsletter issue as the Admin API answers it, with where its sending stands.</summary>
public sealed record IssueResource(
    int Id, int NewsletterId, string? Newsletter, string Status, string Subject, string? Preheader, string Body, IReadOnlyList<int> ArticleIds,
    DateTime? ScheduledUtc, DateTime? QueuedUtc, DateTime? CompletedUtc, int RecipientCount, DateTime CreatedUtc, DateTime UpdatedUtc)
{
    public static IssueResource From(NewsletterIssueRecord issue) => new(
        issue.Id, issue.NewsletterId, issue.Newsletter?.Slug, issue.Status.ToString(), issue.Subject, issue.Preheader, issue.BodyMarkdown,
        JsonSerializer.Deserialize<List<int>>(issue.ArticleIdsJson) ?? [],
        issue.ScheduledUtc, issue.QueuedUtc, issue.CompletedUtc, issue.RecipientCount, issue.CreatedUtc, issue.UpdatedUtc);
}
