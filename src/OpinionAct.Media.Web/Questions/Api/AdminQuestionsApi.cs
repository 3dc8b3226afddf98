using OpinionAct.Media.Apis;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Audit;

namespace OpinionAct.Media.Web.Questions.Api;

/// <summary>
/// <c>/api/v1/admin/questions</c>: the moderation queue of reader questions, through <see cref="QuestionService"/> as
/// the admin's queue uses it (same checks, same single answer email, same audit). Reading needs <c>content:read</c>,
/// moderating <c>content:write</c> (an answer is published on the hub's pages); a person through an app must be an
/// Editor or Admin, as in the admin.
/// </summary>
internal static class AdminQuestionsApi
{
    public static void Map(ApiRoutes api)
    {
        var questions = AdminApi.MapGroup(api, "/questions", "Questions")
            .PersonsMust(actor => actor.CanPublish, "Only Editors and Admins moderate reader questions.");
        questions.MapGet("/", async (string? status, int? topic, QuestionService service, CancellationToken ct) =>
                AdminApi.Ok((await service.QueueAsync(QuestionStatusNames.Parse(status), topic, ct)).Select(QuestionResource.From).ToList()))
            .RequireScope(ApiScopes.ContentRead).WithName("ListQuestions")
            .WithSummary("Lists the 200 latest questions, newest first; ?status=New|Approved|Answered|Rejected|Merged and ?topic=id filter.")
            .Produces<IReadOnlyList<QuestionResource>>().ProducesValidationProblem();
        questions.MapGet("/{id:int}", async (int id, QuestionStore store, CancellationToken ct) => AdminApi.Ok(QuestionResource.From(await FindAsync(store, id, ct))))
            .RequireScope(ApiScopes.ContentRead).WithName("GetQuestion").WithSummary("Reads one question.").Produces<QuestionResource>().ProducesProblem(StatusCodes.Status404NotFound);

        MapAction(questions, "approve", "ApproveQuestion", "Keeps a question in the queue, waiting for an answer.", (id, _, service, audit, ct) => service.ApproveAsync(id, audit, ct));
        MapAction(questions, "reject", "RejectQuestion", "Rejects a question: it is never published.", (id, _, service, audit, ct) => service.RejectAsync(id, audit, ct));
        MapAction(questions, "assign", "AssignQuestion", "Assigns the question to an expert ({\"expertId\": null} unassigns it).", async (id, http, service, audit, ct) =>
        {
            var input = await ApiJson.ReadAsync<QuestionAssignInput>(http);
            if (input.ExpertId is { } expert && !await http.RequestServices.GetRequiredService<QuestionStore>().ExpertExistsAsync(expert, ct))
            {
                throw Invalid("expertId", "names no expert of this hub.");
            }

            await service.AssignAsync(id, input.ExpertId, audit, ct);
        }, typeof(QuestionAssignInput));
        MapAction(questions, "merge", "MergeQuestion", "Folds a duplicate into another question; its asker is told when that one is answered.", async (id, http, service, audit, ct) =>
        {
            var input = await ApiJson.ReadAsync<QuestionMergeInput>(http);
            var into = input.Into ?? throw Invalid("into", "is required: the number of the question this one duplicates.");
            await service.MergeAsync(id, into, audit, ct);
        }, typeof(QuestionMergeInput));
        MapAction(questions, "answer", "AnswerQuestion", "Publishes (or edits) the answer in Markdown; each confirmed asker is emailed once.", async (id, http, service, audit, ct) =>
        {
            var input = await ApiJson.ReadAsync<QuestionAnswerInput>(http);
            if (QuestionService.AnswerProblem(input.Answer) is { } problem)
            {
                throw Invalid("answer", problem);
            }

            var caller = http.RequestServices.GetRequiredService<ApiCaller>();
            await service.AnswerAsync(id, input.Answer, http.RequestServices.GetRequiredService<MarkdownRenderer>(), audit, caller.Name, ct);
        }, typeof(QuestionAnswerInput));
    }

    /// <summary>
    /// <c>POST /{id}/{action}</c>: 404 for a question the hub does not have, 409 when its state refuses the action
    /// (merged already, merge into a rejected one), 422 for a bad field; 200 with the question as it now is.
    /// </summary>
    private static void MapAction(RouteGroupBuilder questions, string action, string name, string summary, Func<int, HttpContext, QuestionService, AuditTrail, CancellationToken, Task> act, Type? input = null)
    {
        var route = questions.MapPost($"/{{id:int}}/{action}", async (int id, HttpContext http, QuestionService service, QuestionStore store, AuditTrail audit, CancellationToken ct) =>
            {
                await FindAsync(store, id, ct);
                await act(id, http, service, audit, ct);
                return AdminApi.Ok(QuestionResource.From(await FindAsync(store, id, ct)));
            })
            .RequireScope(ApiScopes.ContentWrite).WithName(name).WithSummary(summary)
            .Produces<QuestionResource>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        if (input is not null)
        {
            route.Accepts(input, "application/json").ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<QuestionRecord> FindAsync(QuestionStore store, int id, CancellationToken ct) =>
        await store.FindAsync(id, ct) ?? throw new ContentNotFoundException($"Question {id} does not exist.");

    private static ContentValidationException Invalid(string field, string message) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}
