using OpinionAct.Media.Apis;
using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Content.Admin;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// <c>/api/v1/admin/articles</c>: list and read (drafts included), create and replace in Markdown, publish,
/// schedule, unpublish, archive, delete and the revision history. Every write goes through <see cref="ArticleService"/>
/// as the admin's form does: the same validation, a revision per change, the caller's name on it.
/// </summary>
internal static class AdminArticlesApi
{
    public static void Map(ApiRoutes api)
    {
        var articles = AdminApi.MapGroup(api, "/articles", "Articles");
        articles.MapGet("/", ListAsync).RequireScope(ApiScopes.ContentRead)
            .WithName("ListArticles").WithSummary("Lists articles, drafts included, most recently updated first (status, topic, expert, q, page, limit).")
            .Produces<ArticleList>().ProducesValidationProblem();
        articles.MapGet("/{id:int}", GetAsync).RequireScope(ApiScopes.ContentRead)
            .WithName("GetArticle").WithSummary("Reads one article with its Markdown body.")
            .Produces<ArticleResource>().ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapGet("/{id:int}/revisions", RevisionsAsync).RequireScope(ApiScopes.ContentRead)
            .WithName("ListArticleRevisions").WithSummary("Lists an article's revisions, newest first, with who made each one.")
            .Produces<IReadOnlyList<ArticleRevision>>().ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapPost("/", CreateAsync).RequireScope(ApiScopes.ContentWrite)
            .WithName("CreateArticle").WithSummary("Creates a draft article from Markdown.")
            .Accepts<ArticleInput>("application/json").Produces<ArticleResource>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        articles.MapPut("/{id:int}", UpdateAsync).RequireScope(ApiScopes.ContentWrite)
            .WithName("UpdateArticle").WithSummary("Replaces an article's fields (every field; an omitted one is emptied, except claimReviews, kept when absent), as saving the admin form does.")
            .Accepts<ArticleInput>("application/json").Produces<ArticleResource>().ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapPost("/{id:int}/publish", (int id, ArticleService service, ApiCaller caller, CancellationToken ct) =>
                WorkflowAsync(() => service.PublishAsync(id, caller.Actor, null, ct)))
            .RequireScope(ApiScopes.ContentWrite)
            .WithName("PublishArticle").WithSummary("Publishes an article now (refused while an image lacks alt text).")
            .Produces<ArticleResource>().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapPost("/{id:int}/schedule", ScheduleAsync).RequireScope(ApiScopes.ContentWrite)
            .WithName("ScheduleArticle").WithSummary("Schedules an article's publication at a future time.")
            .Accepts<ScheduleInput>("application/json").Produces<ArticleResource>().ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapPost("/{id:int}/unpublish", (int id, ArticleService service, ApiCaller caller, CancellationToken ct) =>
                WorkflowAsync(() => service.UnpublishAsync(id, caller.Actor, ct)))
            .RequireScope(ApiScopes.ContentWrite)
            .WithName("UnpublishArticle").WithSummary("Takes an article off the site (back to draft); a schedule is cancelled.")
            .Produces<ArticleResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapPost("/{id:int}/archive", (int id, ArticleService service, ApiCaller caller, CancellationToken ct) =>
                WorkflowAsync(() => service.ArchiveAsync(id, caller.Actor, ct)))
            .RequireScope(ApiScopes.ContentWrite)
            .WithName("ArchiveArticle").WithSummary("Archives an article: off the site, kept with its history.")
            .Produces<ArticleResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapDelete("/{id:int}", async (int id, ArticleService service, ApiCaller caller, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, caller.Actor, ct);
                return Results.NoContent();
            })
            .RequireScope(ApiScopes.ContentWrite)
            .WithName("DeleteArticle").WithSummary("Deletes an article and its revisions.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(AdminReader reader, string? status, string? topic, string? expert, string? q, string? page, string? limit, CancellationToken ct)
    {
        var (number, size) = AdminApi.Paging(page, limit);
        ArticleStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            wanted = Enum.TryParse<ArticleStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _)
                ? s
                : throw new ApiBodyException(StatusCodes.Status400BadRequest, "Some query values are not acceptable.",
                    new Dictionary<string, string[]> { ["status"] = [$"must be one of {string.Join(", ", Enum.GetNames<ArticleStatus>())}."] });
        }

        var filter = new ArticleListFilter(wanted, Blank(topic), Blank(expert), Blank(q), null, number, size);
        var (items, total) = await reader.ArticlesAsync(filter, ct);
        return Results.Json(new ArticleList(items.Select(ArticleSummary.From).ToList(), total, number, size), ApiJson.Options);
    }

    private static async Task<IResult> GetAsync(int id, ArticleService service, CancellationToken ct) =>
        Results.Json(ArticleResource.From(await service.LoadAsync(id, ct)), ApiJson.Options);

    private static async Task<IResult> RevisionsAsync(int id, ArticleService service, AdminReader reader, CancellationToken ct)
    {
        await service.LoadAsync(id, ct);
        var revisions = await service.RevisionsAsync(id, ct);
        var users = await reader.UserNamesAsync(revisions.Select(r => r.UserId), ct);
        return Results.Json(
            revisions.OrderByDescending(r => r.Number)
                .Select(r => new ArticleRevision(r.Number, r.CreatedUtc, r.UserId is null ? r.ActorName : users.GetValueOrDefault(r.UserId, r.UserId), r.Note)).ToList(),
            ApiJson.Options);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, ArticleService service, ApiCaller caller, CancellationToken ct)
    {
        var input = await ApiJson.ReadAsync<ArticleInput>(http);
        var article = await service.CreateAsync(input.ToDraft(), caller.Actor, ct);
        return AdminApi.Created(http, $"/articles/{article.Id}", ArticleResource.From(article));
    }

    private static async Task<IResult> UpdateAsync(int id, HttpContext http, ArticleService service, ApiCaller caller, CancellationToken ct)
    {
        var input = await ApiJson.ReadAsync<ArticleInput>(http);
        var stored = ArticleService.ToDraft(await service.LoadAsync(id, ct));
        var article = await service.SaveAsync(id, input.ToDraft(stored), caller.Actor, ct);
        return Results.Json(ArticleResource.From(article), ApiJson.Options);
    }

    private static async Task<IResult> ScheduleAsync(int id, HttpContext http, ArticleService service, ApiCaller caller, CancellationToken ct)
    {
        var input = await ApiJson.ReadAsync<ScheduleInput>(http);
        if (input.ScheduleAt is not { } at)
        {
            throw new ContentValidationException(new Dictionary<string, string[]> { [ArticleService.ScheduleField] = ["is required (an ISO 8601 date and time in the future)."] });
        }

        return await WorkflowAsync(() => service.ScheduleAsync(id, caller.Actor, at, ct));
    }

    private static async Task<IResult> WorkflowAsync(Func<Task<Data.Content.ArticleRecord>> step) =>
        Results.Json(ArticleResource.From(await step()), ApiJson.Options);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
