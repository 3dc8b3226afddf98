using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Questions;

namespace OpinionAct.Media.Data.Portability;

public sealed partial class TenantExportSnapshot
{
    /// <summary>The answered reader questions, oldest answer first, with the slugs of the pages that publish them.</summary>
    public Task<List<ExportedQuestion>> AnsweredQuestionsAsync(CancellationToken cancellationToken) =>
        db.Questions.AsNoTracking()
            .Where(q => q.Status == QuestionStatus.Answered && q.AnswerMarkdown != null && q.AnsweredUtc != null)
            .OrderBy(q => q.AnsweredUtc).ThenBy(q => q.Id)
            .Select(q => new ExportedQuestion(
                q.Text,
                q.AnswerMarkdown!,
                q.AnsweredBy,
                q.AskedUtc,
                q.AnsweredUtc!.Value,
                db.Topics.Where(t => t.Id == q.TopicId).Select(t => t.Slug).FirstOrDefault(),
                db.Experts.Where(e => e.Id == q.ExpertId).Select(e => e.Slug).FirstOrDefault(),
                db.Experts.Where(e => e.Id == q.AssignedExpertId).Select(e => e.Slug).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
