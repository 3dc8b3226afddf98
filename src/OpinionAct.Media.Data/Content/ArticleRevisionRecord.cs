namespace OpinionAct.Media.Data.Content;

/// <summary>An immutable snapshot of an article as saved; revisions are compared and restored from these.</summary>
public sealed class ArticleRevisionRecord
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int Number { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? UserId { get; set; }

    /// <summary>Who acted when no account did: an Admin API integration's name (null for recipes and the scheduler).</summary>
    public string? ActorName { get; set; }

    /// <summary>What happened: "created", "saved", "published", "restored from 3"...</summary>
    public string Note { get; set; } = string.Empty;

    /// <summary>The article's editable fields as JSON (<c>ArticleDraft</c>).</summary>
    public required string SnapshotJson { get; set; }
}
