using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Site;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// Search on a hub: the themed page, the JSON API and click reporting. Never output-cached:
/// every query is an audience signal and is logged.
/// </summary>
public static class SearchEndpoints
{
    /// <summary>A click report is two numbers; a kilobyte leaves room for whitespace and nothing else.</summary>
    public const int MaxClickBodyBytes = 1024;

    public static IEndpointRouteBuilder MapSiteSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/search", ([AsParameters] SearchQueryString query, SitePages pages, CancellationToken ct) => pages.SearchAsync(query, ct));
        endpoints.MapGet("/search/go/{queryId:long}/{position:int}/{**path}", GoAsync);
        endpoints.MapGet("/api/search", ApiAsync);
        endpoints.MapPost("/api/search/clicks", ClickAsync);
        return endpoints;
    }

    /// <summary>Records which result was opened, then sends the reader to the article (only ever a path of this hub).</summary>
    private static async Task<IResult> GoAsync(long queryId, int position, string path, SiteSearch search, HttpContext http, CancellationToken ct)
    {
        await search.RecordClickAsync(queryId, position, ct);
        var safe = string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
        return Results.Redirect($"{http.Request.PathBase}/{safe}");
    }

    private static async Task<Results<Ok<SearchApiResponse>, ValidationProblem>> ApiAsync(
        [AsParameters] SearchQueryString query, SitePages pages, SiteSearch search, HttpContext http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();

        // The topic tree is read only when a topic filter asks for it (it loads the site's settings and topics).
        var topics = string.IsNullOrWhiteSpace(query.Topic) ? [] : await pages.TopicFilterAsync(query.Topic, ct);
        var request = query.ToRequest(topics, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The search parameters are not valid.");
        }

        var results = await search.SearchAsync(request, ct);
        var queryId = search.Log(results);
        var urls = SiteUrls.For(http.Request);
        return TypedResults.Ok(new SearchApiResponse(
            results.Query,
            queryId,
            results.Total,
            results.Page,
            results.PageSize,
            results.Hits.Select(h => new SearchApiHit(h.Title, urls.Article(h.Path), h.SnippetHtml, h.PublishedUtc, h.Topics.Select(t => t.Slug).ToList(), h.Experts.Select(e => e.Slug).ToList(), h.Score)).ToList(),
            new SearchApiFacets(results.Topics.Select(f => new SearchApiFacet(f.Slug, f.Name, f.Count)).ToList())));
    }

    /// <summary>
    /// Read by hand, not bound: the body is one small object, so anything past <see cref="MaxClickBodyBytes"/>
    /// is refused before it is buffered, and a body of another shape (an array, unknown members) is refused
    /// instead of being parsed and skipped element by element.
    /// </summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> ClickAsync(HttpContext http, SiteSearch search, CancellationToken ct)
    {
        var body = await BoundedBody.ReadAsync(http.Request, MaxClickBodyBytes, ct);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The body must be at most {MaxClickBodyBytes} bytes.");
        }

        SearchClick? click;
        try
        {
            click = JsonSerializer.Deserialize(body, SearchClickJson.Default.SearchClick);
        }
        catch (JsonException)
        {
            click = null;
        }

        if (click is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body must be {\"queryId\": N, \"position\": N}.");
        }

        await search.RecordClickAsync(click.QueryId, click.Position, ct);
        return TypedResults.NoContent();
    }
}
