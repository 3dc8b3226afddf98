namespace OpinionAct.Media.Data.Content;

/// <summary>A static page (about, legal notice...).</summary>
public sealed class PageRecord
{
    public int Id { get; set; }

    public required string Path { get; set; }

    public required string Title { get; set; }

    public string BodyMarkdown { get; set; } = string.Empty;

    public string BodyHtml { get; set; } = string.Empty;

    public bool Published { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string? ContentItemId { get; set; }
}
