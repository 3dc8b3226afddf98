using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// The article list's query parameters as the OpenAPI document shows them. They bind as text (never a binding
/// failure): <see cref="ContentApiQuery"/> checks them all and answers one 400 listing every bad one.
/// </summary>
public sealed class ArticleListParameters
{
    [FromQuery(Name = "page"), Description("Page number, from 1 (default 1).")]
    public string? Page { get; set; }

    [FromQuery(Name = "limit"), Description("Items per page, 1 to 100 (default 20).")]
    public string? Limit { get; set; }

    [FromQuery(Name = "fields"), Description("Comma-separated item fields to return, such as title,slug,publishedAt (default: all).")]
    public string? Fields { get; set; }

    [FromQuery(Name = "topic"), Description("A topic's slug: articles of this topic or of its subtopics.")]
    public string? Topic { get; set; }

    [FromQuery(Name = "expert"), Description("An expert's slug: articles with this expert in the byline.")]
    public string? Expert { get; set; }

    [FromQuery(Name = "language"), Description("Language code of the articles, such as fr or en.")]
    public string? Language { get; set; }

    [FromQuery(Name = "published_after"), Description("Published on or after this date (2026-03-01) or time (2026-03-01T08:00:00Z).")]
    public string? PublishedAfter { get; set; }

    [FromQuery(Name = "published_before"), Description("Published on or before this date (the whole day counts) or time.")]
    public string? PublishedBefore { get; set; }
}
