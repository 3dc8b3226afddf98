using OpinionAct.Media.Data.Questions;

namespace OpinionAct.Media.Web.Questions.Api;

/// <summary>
/// A reader question as the Admin API shows it. The asker's address is personal data the moderation queue does not
/// need: the API says only whether one was given and confirmed and whether the answer email went out.
/// </summary>
public sealed record QuestionResource(
    int Id,
    string Text,
    string Status,
    DateTime AskedUtc,
    string? Page,
    int? TopicId,
    int? ExpertId,
    int? ArticleId,
    int? AssignedExpertId,
    int? DuplicateOfId,
    string? AnswerMarkdown,
    string? AnsweredBy,
    DateTime? AnsweredUtc,
    bool AskerGaveEmail,
    bool AskerConfirmed,
    bool AskerTold)
{
    public static QuestionResource From(QuestionRecord q) => new(
        q.Id,
        q.Text,
        QuestionStatusNames.Of(q.Status),
        q.AskedUtc,
        q.Page,
        q.TopicId,
        q.ExpertId,
        q.ArticleId,
        q.AssignedExpertId,
        q.DuplicateOfId,
        q.AnswerMarkdown,
        q.AnsweredBy,
        q.AnsweredUtc,
        q.Email is not null,
        q.EmailConfirmedUtc is not null,
        q.AnswerMailedUtc is not null);
}
