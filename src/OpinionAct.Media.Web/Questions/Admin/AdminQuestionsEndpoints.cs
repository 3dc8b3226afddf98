using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Data.Search;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Questions;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Audit;

namespace OpinionAct.Media.Web.Questions.Admin;

/// <summary><c>/admin/questions</c>: the moderation queue of reader questions (Editors and Admins).</summary>
internal static class AdminQuestionsEndpoints
{
    public static void MapAdminQuestions(this AdminRoutes admin)
    {
        admin.Publishers.MapGet("/questions", (AdminRequest r, QuestionService questions, SiteStore site, string? status, string? done, CancellationToken ct) =>
            PageAsync(r, questions, site, Enum.TryParse<QuestionStatus>(status, out var s) ? s : null, done is null ? null : r.T("questions.done"), null, ct));
        admin.Publishers.MapPost("/questions/{id:int}/{action}", ActAsync);
        admin.Writers.MapGet("/questions/insights", ReadersAskAsync);
    }

    private static async Task<IResult> ActAsync(HttpContext http, int id, string action, AdminRequest r, QuestionService questions, SiteStore site, MarkdownRenderer markdown, AuditTrail audit, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        try
        {
            switch (action)
            {
                case "approve": await questions.ApproveAsync(id, audit, ct); break;
                case "reject": await questions.RejectAsync(id, audit, ct); break;
                case "assign": await questions.AssignAsync(id, form.Number("expert"), audit, ct); break;
                case "merge": await questions.MergeAsync(id, form.Number("into") ?? 0, audit, ct); break;
                case "answer": await questions.AnswerAsync(id, form.Text("answer"), markdown, audit, r.UserEmail ?? "?", ct); break;
                default: return Results.NotFound();
            }

            return Results.Redirect($"{r.AdminBase}/questions?done={action}#question-{id}");
        }
        catch (MediaValidationException ex)
        {
            return await PageAsync(r, questions, site, null, null, ex.Message, ct, StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>"What readers ask": questions per topic beside search demand and zero-result searches, over the last days.</summary>
    private static async Task<IResult> ReadersAskAsync(AdminRequest r, QuestionStore questions, SearchQueryStore searches, SiteStore site, int? days, CancellationToken ct)
    {
        var span = Math.Clamp(days ?? 30, 1, 365);
        var since = r.Now.UtcDateTime.AddDays(-span);
        var facts = (await questions.SinceAsync(since, ct)).Select(q => new QuestionFacts(q.TopicId, q.AskedUtc, q.AnsweredUtc, q.Status == QuestionStatus.Rejected));
        return AdminView.Page<ReadersAskPage>(new
        {
            Days = span,
            Rows = QuestionDemand.PerTopic(facts),
            Topics = await site.TopicsAsync(ct),
            Searches = await searches.TopAsync(since, zeroResultsOnly: false, count: 20, ct),
            ZeroResults = await searches.TopAsync(since, zeroResultsOnly: true, count: 20, ct),
        });
    }

    private static async Task<IResult> PageAsync(AdminRequest r, QuestionService questions, SiteStore site, QuestionStatus? status, string? message, string? error, CancellationToken ct, int code = StatusCodes.Status200OK) =>
        AdminView.Page<QuestionsPage>(new
        {
            Questions = await questions.QueueAsync(status, null, ct),
            Experts = await site.ExpertsAsync(ct),
            Topics = await site.TopicsAsync(ct),
            Status = status,
            Message = message,
            Error = error,
        }, code);
}
