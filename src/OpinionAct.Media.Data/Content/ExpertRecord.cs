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

    /// <summary>The body or bodies the expert works for (shown as schema.org affiliation).</summary>
    public string? Affiliation { get; set; }

    /// <summary>Interests a reader should know of, in plain text; empty means none declared.</summary>
    public string? ConflictsOfInterest { get; set; }

    /// <summary>"Verified by the editors" marks as JSON: [{Field, By, AtUtc}].</summary>
    public string VerificationsJson { get; set; } = "[]";
}
