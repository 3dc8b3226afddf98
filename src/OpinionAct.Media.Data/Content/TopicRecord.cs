namespace OpinionAct.Media.Data.Content;

/// <summary>A topic; topics form a tree through <see cref="ParentId"/>.</summary>
public sealed class TopicRecord
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public int? ParentId { get; set; }

    public int Position { get; set; }

    public string? ContentItemId { get; set; }
}
