using OpinionAct.Media.Apis;
using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Apis;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// <c>/api/v1/admin/topics</c>, <c>/experts</c>, <c>/pages</c> and <c>/redirects</c>: list, read, create,
/// replace and delete, through the same services (and so the same rules) as the admin's pages. Redirects
/// are added and deleted, not edited, as in the admin.
/// </summary>
internal static class AdminCatalogApi
{
    public static void Map(ApiRoutes api)
    {
        MapTopics(AdminApi.MapGroup(api, "/topics", "Topics"));
        MapExperts(AdminApi.MapGroup(api, "/experts", "Experts"));
        MapPages(AdminApi.MapGroup(api, "/pages", "Pages"));
        MapRedirects(AdminApi.MapGroup(api, "/redirects", "Redirects"));
    }

    private static void MapTopics(RouteGroupBuilder topics)
    {
        topics.MapGet("/", async (AdminReader reader, CancellationToken ct) =>
            {
                var all = await reader.TopicsAsync(ct);
                return AdminApi.Ok(all.Select(t => TopicResource.From(t, all)).ToList());
            })
            .RequireScope(ApiScopes.ContentRead).WithName("ListTopics").WithSummary("Lists every topic in display order.").Produces<IReadOnlyList<TopicResource>>();
        topics.MapGet("/{id:int}", async (int id, AdminReader reader, CancellationToken ct) => AdminApi.Ok(await TopicAsync(reader, id, ct)))
            .RequireScope(ApiScopes.ContentRead).WithName("GetTopic").WithSummary("Reads one topic.").Produces<TopicResource>().ProducesProblem(StatusCodes.Status404NotFound);
        topics.MapPost("/", async (HttpContext http, TopicService service, AdminReader reader, ApiCaller caller, CancellationToken ct) =>
            {
                var topic = await service.SaveAsync(null, (await ApiJson.ReadAsync<TopicInput>(http)).ToDraft(), caller.Actor, ct);
                return AdminApi.Created(http, $"/topics/{topic.Id}", await TopicAsync(reader, topic.Id, ct));
            })
            .RequireScope(ApiScopes.ContentWrite).WithName("CreateTopic").WithSummary("Creates a topic.")
            .Accepts<TopicInput>("application/json").Produces<TopicResource>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        topics.MapPut("/{id:int}", async (int id, HttpContext http, TopicService service, AdminReader reader, ApiCaller caller, CancellationToken ct) =>
            {
                await service.SaveAsync(id, (await ApiJson.ReadAsync<TopicInput>(http)).ToDraft(), caller.Actor, ct);
                return AdminApi.Ok(await TopicAsync(reader, id, ct));
            })
            .RequireScope(ApiScopes.ContentWrite).WithName("UpdateTopic").WithSummary("Replaces a topic's fields (an omitted image keeps the current one).")
            .Accepts<TopicInput>("application/json").Produces<TopicResource>().ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status404NotFound);
        topics.MapDelete("/{id:int}", async (int id, TopicService service, ApiCaller caller, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, caller.Actor, ct);
                return Results.NoContent();
            })
            .RequireScope(ApiScopes.ContentWrite).WithName("DeleteTopic").WithSummary("Deletes a topic that no article and no subtopic uses (409 otherwise).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapExperts(RouteGroupBuilder experts)
    {
        experts.MapGet("/", async (AdminReader reader, CancellationToken ct) => AdminApi.Ok((await reader.ExpertsAsync(ct)).Select(ExpertResource.From).ToList()))
            .RequireScope(ApiScopes.ContentRead).WithName("ListExperts").WithSummary("Lists every expert.").Produces<IReadOnlyList<ExpertResource>>();
        experts.MapGet("/{id:int}", async (int id, AdminReader reader, CancellationToken ct) => AdminApi.Ok(ExpertResource.From(Found(await reader.ExpertAsync(id, ct)))))
            .RequireScope(ApiScopes.ContentRead).WithName("GetExpert").WithSummary("Reads one expert with the Markdown bio.").Produces<ExpertResource>().ProducesProblem(StatusCodes.Status404NotFound);
        experts.MapPost("/", async (HttpContext http, ExpertService service, ApiCaller caller, CancellationToken ct) =>
            {
                var expert = await service.SaveAsync(null, (await ApiJson.ReadAsync<ExpertInput>(http)).ToDraft(), caller.Actor, ct);
                return AdminApi.Created(http, $"/experts/{expert.Id}", ExpertResource.From(expert));
            })
            .RequireScope(ApiScopes.ContentWrite).WithName("CreateExpert").WithSummary("Creates an expert.")
            .Accepts<ExpertInput>("application/json").Produces<ExpertResource>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        experts.MapPut("/{id:int}", async (int id, HttpContext http, ExpertService service, AdminReader reader, ApiCaller caller, CancellationToken ct) =>
            {
                var input = await ApiJson.ReadAsync<ExpertInput>(http);
                var stored = await reader.ExpertAsync(id, ct) is { } found ? ExpertService.ToDraft(found) : null;
                return AdminApi.Ok(ExpertResource.From(await service.SaveAsync(id, input.ToDraft(stored), caller.Actor, ct)));
            })
            .RequireScope(ApiScopes.ContentWrite).WithName("UpdateExpert").WithSummary("Replaces an expert's fields (affiliation, conflictsOfInterest and verified are kept when absent).")
            .Accepts<ExpertInput>("application/json").Produces<ExpertResource>().ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status404NotFound);
        experts.MapDelete("/{id:int}", async (int id, ExpertService service, ApiCaller caller, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, caller.Actor, ct);
                return Results.NoContent();
            })
            .RequireScope(ApiScopes.ContentWrite).WithName("DeleteExpert").WithSummary("Deletes an expert no article names (409 otherwise).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapPages(RouteGroupBuilder pages)
    {
        pages.MapGet("/", async (AdminReader reader, CancellationToken ct) => AdminApi.Ok((await reader.PagesAsync(ct)).Select(PageResource.From).ToList()))
            .RequireScope(ApiScopes.ContentRead).WithName("ListPages").WithSummary("Lists every static page.").Produces<IReadOnlyList<PageResource>>();
        pages.MapGet("/{id:int}", async (int id, AdminReader reader, CancellationToken ct) => AdminApi.Ok(PageResource.From(Found(await reader.PageAsync(id, ct)))))
            .RequireScope(ApiScopes.ContentRead).WithName("GetPage").WithSummary("Reads one static page with its Markdown body.").Produces<PageResource>().ProducesProblem(StatusCodes.Status404NotFound);
        pages.MapPost("/", async (HttpContext http, PageService service, ApiCaller caller, CancellationToken ct) =>
            {
                var page = await service.SaveAsync(null, (await ApiJson.ReadAsync<PageInput>(http)).ToDraft(), caller.Actor, ct);
                return AdminApi.Created(http, $"/pages/{page.Id}", PageResource.From(page));
            })
            .RequireScope(ApiScopes.ContentWrite).WithName("CreatePage").WithSummary("Creates a static page.")
            .Accepts<PageInput>("application/json").Produces<PageResource>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        pages.MapPut("/{id:int}", async (int id, HttpContext http, PageService service, ApiCaller caller, CancellationToken ct) =>
                AdminApi.Ok(PageResource.From(await service.SaveAsync(id, (await ApiJson.ReadAsync<PageInput>(http)).ToDraft(), caller.Actor, ct))))
            .RequireScope(ApiScopes.ContentWrite).WithName("UpdatePage").WithSummary("Replaces a static page's fields.")
            .Accepts<PageInput>("application/json").Produces<PageResource>().ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status404NotFound);
        pages.MapDelete("/{id:int}", async (int id, PageService service, ApiCaller caller, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, caller.Actor, ct);
                return Results.NoContent();
            })
            .RequireScope(ApiScopes.ContentWrite).WithName("DeletePage").WithSummary("Deletes a static page.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapRedirects(RouteGroupBuilder redirects)
    {
        redirects.MapGet("/", async (AdminReader reader, CancellationToken ct) => AdminApi.Ok((await reader.RedirectsAsync(ct)).Select(RedirectResource.Of).ToList()))
            .RequireScope(ApiScopes.ContentRead).WithName("ListRedirects").WithSummary("Lists every permanent redirect.").Produces<IReadOnlyList<RedirectResource>>();
        redirects.MapPost("/", async (HttpContext http, RedirectService service, ApiCaller caller, CancellationToken ct) =>
            {
                var input = await ApiJson.ReadAsync<RedirectInput>(http);
                var redirect = await service.AddAsync(input.From ?? string.Empty, input.To ?? string.Empty, caller.Actor, ct);
                return AdminApi.Created(http, "/redirects", RedirectResource.Of(redirect));
            })
            .RequireScope(ApiScopes.ContentWrite).WithName("CreateRedirect").WithSummary("Adds a permanent (301) redirect from an old path.")
            .Accepts<RedirectInput>("application/json").Produces<RedirectResource>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        redirects.MapDelete("/{id:int}", async (int id, RedirectService service, ApiCaller caller, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, caller.Actor, ct);
                return Results.NoContent();
            })
            .RequireScope(ApiScopes.ContentWrite).WithName("DeleteRedirect").WithSummary("Deletes a redirect.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<TopicResource> TopicAsync(AdminReader reader, int id, CancellationToken ct)
    {
        var all = await reader.TopicsAsync(ct);
        return TopicResource.From(all.FirstOrDefault(t => t.Id == id) ?? throw new ContentNotFoundException($"Topic {id} does not exist."), all);
    }

    private static T Found<T>(T? item)
        where T : class =>
        item ?? throw new ContentNotFoundException();
}
