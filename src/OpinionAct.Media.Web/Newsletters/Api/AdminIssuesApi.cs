using OpinionAct.Media.Apis;
using OpinionAct.Media.Content;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Apis;

namespace OpinionAct.Media.Web.Newsletters.Api;

/// <summary>
/// <c>/api/v1/admin/newsletters</c> and <c>/issues</c>: the newsletters, and issues drafted, tested, scheduled,
/// sent and deleted through <see cref="IssueService"/>, as the admin's issue page does (same checks, same
/// queue and send worker, same throttles).
/// </summary>
internal static class AdminIssuesApi
{
    /// <summary>The admin form's field names in the service's errors, as the API's JSON names them.</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["IssueNewsletter"] = "newsletterId",
        ["Markdown"] = "body",
        ["Articles"] = "articleIds",
    };

    public static void Map(ApiRoutes api)
    {
        AdminApi.MapGroup(api, "/newsletters", "Newsletters")
            .PersonsMust(actor => actor.CanPublish, "Only Editors and Admins write and send newsletter issues.")
            .MapGet("/", async (NewsletterService newsletters, CancellationToken ct) =>
                AdminApi.Ok((await newsletters.ListAsync(ct)).Select(n => new NewsletterSummary(n.Id, n.Slug, n.Name)).ToList()))
            .RequireScope(ApiScopes.NewslettersSend).WithName("ListNewsletters").WithSummary("Lists the hub's newsletters (id for issues, slug for subscribers).")
            .Produces<IReadOnlyList<NewsletterSummary>>();

        var issues = AdminApi.MapGroup(api, "/issues", "Newsletters")
            .PersonsMust(actor => actor.CanPublish, "Only Editors and Admins write and send newsletter issues.");
        issues.MapGet("/", async (IssueService service, CancellationToken ct) => AdminApi.Ok((await service.ListAsync(ct)).Select(IssueResource.From).ToList()))
            .RequireScope(ApiScopes.NewslettersSend).WithName("ListIssues").WithSummary("Lists the 200 latest issues, newest first.").Produces<IReadOnlyList<IssueResource>>();
        issues.MapGet("/{id:int}", async (int id, IssueService service, CancellationToken ct) => AdminApi.Ok(IssueResource.From(await FindAsync(service, id, ct))))
            .RequireScope(ApiScopes.NewslettersSend).WithName("GetIssue").WithSummary("Reads one issue.").Produces<IssueResource>().ProducesProblem(StatusCodes.Status404NotFound);
        issues.MapPost("/", async (HttpContext http, IssueService service, CancellationToken ct) =>
            {
                var draft = (await ApiJson.ReadAsync<IssueInput>(http)).ToDraft();
                var issue = await Checked(() => service.SaveAsync(null, draft, ct));
                return AdminApi.Created(http, $"/issues/{issue.Id}", IssueResource.From(await FindAsync(service, issue.Id, ct)));
            })
            .RequireScope(ApiScopes.NewslettersSend).WithName("CreateIssue").WithSummary("Drafts an issue (Markdown body and/or a digest of published articles).")
            .Accepts<IssueInput>("application/json").Produces<IssueResource>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        issues.MapPut("/{id:int}", async (int id, HttpContext http, IssueService service, CancellationToken ct) =>
            {
                var draft = (await ApiJson.ReadAsync<IssueInput>(http)).ToDraft();
                await Checked(() => service.SaveAsync(id, draft, ct));
                return AdminApi.Ok(IssueResource.From(await FindAsync(service, id, ct)));
            })
            .RequireScope(ApiScopes.NewslettersSend).WithName("UpdateIssue").WithSummary("Replaces a draft or scheduled issue's fields.")
            .Accepts<IssueInput>("application/json").Produces<IssueResource>().ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status404NotFound);
        issues.MapPost("/{id:int}/test", async (int id, HttpContext http, IssueService service, CancellationToken ct) =>
            {
                var input = await ApiJson.ReadAsync<IssueTestInput>(http);
                var address = EmailAddresses.Normalize(input.Address, out var error)
                    ?? throw new ContentValidationException(new Dictionary<string, string[]> { [nameof(IssueTestInput.Address)] = [error!] });
                await FindAsync(service, id, ct);
                await service.SendTestAsync(id, address, ct);
                return Results.NoContent();
            })
            .RequireScope(ApiScopes.NewslettersSend).WithName("SendIssueTest").WithSummary("Sends the issue at once to one address, subject marked [Test].")
            .Accepts<IssueTestInput>("application/json").Produces(StatusCodes.Status204NoContent).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status502BadGateway);
        issues.MapPost("/{id:int}/schedule", async (int id, HttpContext http, IssueService service, CancellationToken ct) =>
            {
                var input = await ApiJson.ReadAsync<IssueScheduleInput>(http);
                var at = input.SendAt ?? throw new ContentValidationException(new Dictionary<string, string[]> { ["SendAt"] = ["is required (an ISO 8601 date and time in the future)."] });
                await service.ScheduleAsync(id, at, ct);
                return AdminApi.Ok(IssueResource.From(await FindAsync(service, id, ct)));
            })
            .RequireScope(ApiScopes.NewslettersSend).WithName("ScheduleIssue").WithSummary("Schedules a draft issue (or moves a scheduled one) to a future time.")
            .Accepts<IssueScheduleInput>("application/json").Produces<IssueResource>().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        issues.MapPost("/{id:int}/unschedule", async (int id, IssueService service, CancellationToken ct) =>
            {
                await service.UnscheduleAsync(id, ct);
                return AdminApi.Ok(IssueResource.From(await FindAsync(service, id, ct)));
            })
            .RequireScope(ApiScopes.NewslettersSend).WithName("UnscheduleIssue").WithSummary("Returns a scheduled issue to draft.")
            .Produces<IssueResource>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        issues.MapPost("/{id:int}/send", async (int id, IssueService service, CancellationToken ct) =>
                Results.Json(new IssueQueued(id, await service.QueueAsync(id, ct)), ApiJson.Options, statusCode: StatusCodes.Status202Accepted))
            .RequireScope(ApiScopes.NewslettersSend).WithName("SendIssue").WithSummary("Starts sending the issue to the newsletter's confirmed subscribers (once).")
            .Produces<IssueQueued>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        issues.MapDelete("/{id:int}", async (int id, IssueService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return Results.NoContent();
            })
            .RequireScope(ApiScopes.NewslettersSend).WithName("DeleteIssue").WithSummary("Deletes a draft or scheduled issue (a sent one is kept).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Data.Newsletters.NewsletterIssueRecord> FindAsync(IssueService service, int id, CancellationToken ct) =>
        await service.FindAsync(id, ct) ?? throw new ContentNotFoundException($"Issue {id} does not exist.");

    private static async Task<T> Checked<T>(Func<Task<T>> save)
    {
        try
        {
            return await save();
        }
        catch (ContentValidationException ex) when (ex.Errors.Keys.Any(Fields.ContainsKey))
        {
            throw new ContentValidationException(ex.Errors.ToDictionary(e => Fields.GetValueOrDefault(e.Key, e.Key), e => e.Value, StringComparer.Ordinal));
        }
    }
}
