using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Search;

namespace OpinionAct.Media.Web.Site;

/// <summary>The search page of a hub: the query runs on the tenant's index and is logged as an audience signal.</summary>
public sealed partial class SitePages
{
    /// <summary>The search page: results, topic facets, sort and pagination; the query is logged as an audience signal.</summary>
    public async Task<IResult> SearchAsync(SearchQueryString query, CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        await ImagesAsync(site, [], [], ct);
        var request = query.ToRequest(TopicFilter(site, query.Topic), []);
        var results = await search.SearchAsync(request, ct);
        var queryId = search.Log(results);
        var url = site.Urls.Search;
        string Link(string? topic, string? sort, int page = 1) => SearchUrl(url, results.Query, topic, query.Expert, query.From, query.To, sort, page);
        var selected = string.IsNullOrWhiteSpace(query.Topic) ? null : query.Topic;
        var sort = request.Sort == Media.Search.SearchSort.Date ? "date" : "relevance";
        var pages = Math.Max(1, (int)Math.Ceiling(results.Total / (double)request.PageSize));
        var model = new SearchView
        {
            Query = results.Query,
            Total = results.Total,
            Url = url,
            Sort = sort,
            RelevanceUrl = Link(selected, null),
            DateUrl = Link(selected, "date"),
            Hits = results.Hits.Select((hit, i) => new SearchHitView(
                hit.Title,
                queryId is { } id ? $"{url}/go/{id}/{((request.Page - 1) * request.PageSize) + i + 1}/{hit.Path}" : site.Urls.Article(hit.Path),
                hit.SnippetHtml,
                site.Dates.Iso(hit.PublishedUtc),
                site.Dates.Display(hit.PublishedUtc),
                hit.Topics.Select(t => new LinkView(t.Name, site.Urls.Topic(t.Slug))).ToList())).ToList(),
            Topics = results.Topics.Select(f => new FacetView(f.Name, f.Slug == selected ? Link(null, query.Sort) : Link(f.Slug, query.Sort), f.Count, f.Slug == selected)).ToList(),
            Pagination = pages <= 1 ? null : new PaginationView(
                request.Page,
                pages,
                request.Page > 1 ? Link(selected, query.Sort, request.Page - 1) : null,
                request.Page < pages ? Link(selected, query.Sort, request.Page + 1) : null),
        };
        var title = results.Query.Length > 0 ? $"{site.Site.Text.SearchResultsFor} « {results.Query} »" : site.Site.Text.Search;
        var head = site.Head(title, null, url) with { NoIndex = true };
        return await RenderAsync(site, "search", head, model, ct);
    }

    /// <summary>A topic filter means the topic and its subtopics.</summary>
    public async Task<IReadOnlyList<string>> TopicFilterAsync(string? topic, CancellationToken ct) => TopicFilter(await SiteAsync(ct), topic);

    private static List<string> TopicFilter(SiteRequest site, string? slug)
    {
        var topic = string.IsNullOrWhiteSpace(slug) ? null : site.Topics.FirstOrDefault(t => t.Slug == slug.Trim());
        if (topic is null)
        {
            // An unknown topic matches nothing rather than silently widening the search.
            return string.IsNullOrWhiteSpace(slug) ? [] : [slug.Trim()];
        }

        var ids = SelfAndDescendants(site.Topics, topic.Id);
        return site.Topics.Where(t => ids.Contains(t.Id)).Select(t => t.Slug).ToList();
    }

    private static string SearchUrl(string url, string q, string? topic, string? expert, string? from, string? to, string? sort, int page)
    {
        var query = new List<string> { "q=" + Uri.EscapeDataString(q) };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("topic", topic);
        Add("expert", expert);
        Add("from", from);
        Add("to", to);
        Add("sort", sort == "date" ? "date" : null);
        Add("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return $"{url}?{string.Join('&', query)}";
    }
}
