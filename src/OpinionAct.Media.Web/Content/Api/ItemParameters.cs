using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>The query parameter of a single item (see <see cref="ArticleListParameters"/>).</summary>
public sealed class ItemParameters
{
    [FromQuery(Name = "fields"), Description("Comma-separated fields to return (default: all).")]
    public string? Fields { get; set; }
}
