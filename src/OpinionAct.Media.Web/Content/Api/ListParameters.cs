using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>The query parameters of the topic, expert and page lists (see <see cref="ArticleListParameters"/>).</summary>
public sealed class ListParameters
{
    [FromQuery(Name = "page"), Description("Page number, from 1 (default 1).")]
    public string? Page { get; set; }

    [FromQuery(Name = "limit"), Description("Items per page, 1 to 100 (default 20).")]
    public string? Limit { get; set; }

    [FromQuery(Name = "fields"), Description("Comma-separated item fields to return (default: all).")]
    public string? Fields { get; set; }
}
