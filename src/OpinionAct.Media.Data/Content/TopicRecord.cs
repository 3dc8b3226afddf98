namespace OpinionAct.Media.Data.Content;

/// <summary>A topic; topics form a tree through <see cref="ParentId"/>.</summary>
public sealed class TopicRecord
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The topic's picture: a library reference (<c>media:12</c>) or an absolute URL.</summary>
    public string? Image { get; set; }

    public int? ParentId { get; set; }

    public int Position { get; set; }

    public string? ContentItemId { get; set; }
}
