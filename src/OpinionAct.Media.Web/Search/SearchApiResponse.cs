namespace OpinionAct.Media.Web.Search;

/// <summary>GET /api/search: {query, queryId, total, page, pageSize, hits, facets: {topics}}.</summary>
public sealed record SearchApiResponse(string Query, long? QueryId, int Total, int Page, int PageSize, IReadOnlyList<SearchApiHit> Hits, SearchApiFacets Facets);

/// <summary>One hit; <c>snippet</c> is HTML-escaped text with &lt;mark&gt; highlights only.</summary>
public sealed record SearchApiHit(string Title, string Url, string Snippet, DateTime PublishedUtc, IReadOnlyList<string> Topics, IReadOnlyList<string> Experts, float Score);

public sealed record SearchApiFacets(IReadOnlyList<SearchApiFacet> Topics);

public sealed record SearchApiFacet(string Slug, string Name, int Count);

/// <summary>POST /api/search/clicks: the reader opened result <c>position</c> (1-based) of query <c>queryId</c>.</summary>
public sealed record SearchClick(long QueryId, int Position);
