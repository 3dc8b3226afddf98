using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Web.Site;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// The public Content API under <c>/api/v1/content</c>: published articles (with their proof ledger), topics,
/// experts and pages. Every route checks the content key first (<see cref="ContentKeyFilter"/>), is output-cached
/// per tenant (<see cref="ContentApiCache"/>), carries a strong ETag and answers errors as problem details.
/// </summary>
internal static class ContentApiEndpoints
{
    public const string Tag = "Content";

    /// <summary>What an article list gives without <c>fields</c>: everything but the body.</summary>
    private static readonly IReadOnlyList<string> ListedArticleFields = [.. ContentApiFields.Of<ContentArticle>().Where(f => f != "bodyHtml")];

    public static void Map(RouteGroupBuilder content)
    {
        var api = content.MapGroup(string.Empty)
            .AddEndpointFilter<ContentKeyFilter>()
            .CacheOutput(policy => policy.AddPolicy<ContentApiCache>())
            .WithTags(Tag)
            .WithMetadata(new ContentApiMetadata());

        api.MapGet("/articles", ListArticlesAsync).WithName("PublicListArticles")
            .WithSummary("Lists published articles, newest first.")
            .WithDescription("Filters: topic (with its subtopics), expert, language, publication date range. Paged with total and links. Items leave out bodyHtml unless fields names it.")
            .Produces<ContentList<ContentArticle>>().ProducesList();
        api.MapGet("/articles/{**slug}", GetArticleAsync).WithName("PublicGetArticle")
            .WithSummary("Gets one published article with its sources, corrections and experts.")
            .Produces<ContentArticle>().ProducesItem();
        api.MapGet("/topics", ListTopicsAsync).WithName("PublicListTopics")
            .WithSummary("Lists the hub's topics in display order.")
            .Produces<ContentList<ContentTopic>>().ProducesList();
        api.MapGet("/topics/{slug}", GetTopicAsync).WithName("PublicGetTopic")
            .WithSummary("Gets one topic.")
            .Produces<ContentTopic>().ProducesItem();
        api.MapGet("/experts", ListExpertsAsync).WithName("PublicListExperts")
            .WithSummary("Lists the hub's experts with their credentials.")
            .Produces<ContentList<ContentExpert>>().ProducesList();
        api.MapGet("/experts/{slug}", GetExpertAsync).WithName("PublicGetExpert")
            .WithSummary("Gets one expert.")
            .Produces<ContentExpert>().ProducesItem();
        api.MapGet("/pages", ListPagesAsync).WithName("PublicListPages")
            .WithSummary("Lists the hub's published pages.")
            .Produces<ContentList<ContentPage>>().ProducesList();
        api.MapGet("/pages/{**slug}", GetPageAsync).WithName("PublicGetPage")
            .WithSummary("Gets one published page.")
            .Produces<ContentPage>().ProducesItem();
    }

    private static async Task<IResult> ListArticlesAsync(HttpContext http, ContentApiService content, IOptions<JsonOptions> json, [AsParameters] ArticleListParameters query, CancellationToken ct)
    {
        var (parameters, errors) = ContentApiQuery.Parse(http.Request.Query, ContentApiQuery.Kind.Articles, ContentApiFields.Of<ContentArticle>());
        if (parameters is null)
        {
            return Invalid(errors);
        }

        // A list is for cards: bodies only when asked for (fields=...,bodyHtml), as the single article always has it.
        var (items, total) = await content.ArticlesAsync(parameters, ct);
        return List(http, items, total, parameters with { Fields = parameters.Fields ?? ListedArticleFields }, json.Value.SerializerOptions);
    }

    private static async Task<IResult> GetArticleAsync(HttpContext http, ContentApiService content, IOptions<JsonOptions> json, string slug, [AsParameters] ItemParameters query, CancellationToken ct) =>
        await ItemAsync(http, json, "article", slug, () => content.ArticleAsync(slug, ct));

    private static Task<IResult> ListTopicsAsync(HttpContext http, ContentApiService content, IOptions<JsonOptions> json, [AsParameters] ListParameters query, CancellationToken ct) =>
        ListAsync(http, json, () => content.TopicsAsync(ct));

    private static async Task<IResult> GetTopicAsync(HttpContext http, ContentApiService content, IOptions<JsonOptions> json, string slug, [AsParameters] ItemParameters query, CancellationToken ct) =>
        await ItemAsync(http, json, "topic", slug, async () => (await content.TopicsAsync(ct)).FirstOrDefault(t => t.Slug == slug));

    private static Task<IResult> ListExpertsAsync(HttpContext http, ContentApiService content, IOptions<JsonOptions> json, [AsParameters] ListParameters query, CancellationToken ct) =>
        ListAsync(http, json, () => content.ExpertsAsync(ct));

    private static async Task<IResult> GetExpertAsync(HttpContext http, ContentApiService content, IOptions<JsonOptions> json, string slug, [AsParameters] ItemParameters query, CancellationToken ct) =>
        await ItemAsync(http, json, "expert", slug, () => content.ExpertAsync(slug, ct));

    private static Task<IResult> ListPagesAsync(HttpContext http, ContentApiService content, IOptions<JsonOptions> json, [AsParameters] ListParameters query, CancellationToken ct) =>
        ListAsync(http, json, () => content.PagesAsync(ct));

    private static async Task<IResult> GetPageAsync(HttpContext http, ContentApiService content, IOptions<JsonOptions> json, string slug, [AsParameters] ItemParameters query, CancellationToken ct) =>
        await ItemAsync(http, json, "page", slug, () => content.PageAsync(slug, ct));

    /// <summary>A whole (small) list read at once, then paged here: topics, experts and pages.</summary>
    private static async Task<IResult> ListAsync<T>(HttpContext http, IOptions<JsonOptions> json, Func<Task<IReadOnlyList<T>>> read)
    {
        var (parameters, errors) = ContentApiQuery.Parse(http.Request.Query, ContentApiQuery.Kind.List, ContentApiFields.Of<T>());
        if (parameters is null)
        {
            return Invalid(errors);
        }

        var all = await read();
        var items = all.Skip((parameters.Page - 1) * parameters.Limit).Take(parameters.Limit).ToList();
        return List(http, items, all.Count, parameters, json.Value.SerializerOptions);
    }

    private static async Task<IResult> ItemAsync<T>(HttpContext http, IOptions<JsonOptions> json, string kind, string slug, Func<Task<T?>> read)
        where T : class
    {
        var (parameters, errors) = ContentApiQuery.Parse(http.Request.Query, ContentApiQuery.Kind.Item, ContentApiFields.Of<T>());
        if (parameters is null)
        {
            return Invalid(errors);
        }

        if (await read() is not { } item)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No published {kind} has the slug '{slug}'.");
        }

        var options = json.Value.SerializerOptions;
        return ContentApiResult.Json(ContentApiFields.Select(JsonSerializer.SerializeToNode(item, options)!, parameters.Fields), options);
    }

    private static ContentApiResult List<T>(HttpContext http, IReadOnlyList<T> items, int total, ContentApiParameters parameters, JsonSerializerOptions options)
    {
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)parameters.Limit));
        var nodes = items.Select(i => ContentApiFields.Select(JsonSerializer.SerializeToNode(i, options)!, parameters.Fields)).ToList();
        var links = new ContentListLinks(
            PageLink(http.Request, parameters.Page),
            parameters.Page < pages ? PageLink(http.Request, parameters.Page + 1) : null,
            parameters.Page > 1 ? PageLink(http.Request, Math.Min(parameters.Page - 1, pages)) : null);
        var list = new ContentList<JsonNode>(nodes, parameters.Page, parameters.Limit, total, pages, links);
        return ContentApiResult.Json(JsonSerializer.SerializeToNode(list, options)!, options);
    }

    /// <summary>This request's absolute URL on the hub's public origin, with <c>page</c> set and every other parameter kept.</summary>
    private static string PageLink(HttpRequest request, int page)
    {
        var query = request.Query.Where(p => p.Key != "page").Select(p => KeyValuePair.Create(p.Key, p.Value)).ToList();
        if (page > 1)
        {
            query.Add(KeyValuePair.Create("page", new Microsoft.Extensions.Primitives.StringValues(page.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return SiteUrls.For(request).Absolute(request.PathBase + request.Path + QueryString.Create(query));
    }

    private static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "Some parameters are not valid.", detail: "Each entry of 'errors' names a parameter and says what it takes.");

    private static RouteHandlerBuilder ProducesList(this RouteHandlerBuilder builder) =>
        builder.Produces(StatusCodes.Status304NotModified).ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);

    private static RouteHandlerBuilder ProducesItem(this RouteHandlerBuilder builder) =>
        builder.Produces(StatusCodes.Status304NotModified).ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
}
