namespace OpinionAct.Media.Data.Content;

/// <summary>A named expert whose bylines give articles their authority.</summary>
public sealed class ExpertRecord
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? JobTitle { get; set; }

    public string? Credentials { get; set; }

    public string BioMarkdown { get; set; } = string.Empty;

    public string BioHtml { get; set; } = string.Empty;

    public string? PhotoUrl { get; set; }

    /// <summary>Links as JSON: [{Label, Url}].</summary>
    public string LinksJson { get; set; } = "[]";

    public string? ContentItemId { get; set; }
}
