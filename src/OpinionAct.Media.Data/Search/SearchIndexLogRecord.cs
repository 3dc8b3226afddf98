namespace OpinionAct.Media.Data.Search;

/// <summary>
/// Append-only: "article N changed". Written in the same transaction as the change; every node
/// replays the rows after its index's cursor, so each node's local index converges and a node
/// that was down catches up.
/// </summary>
public sealed class SearchIndexLogRecord
{
    public long Id { get; set; }

    public int ArticleId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
