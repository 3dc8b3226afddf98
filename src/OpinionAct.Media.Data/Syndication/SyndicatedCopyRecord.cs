namespace OpinionAct.Media.Data.Syndication;

/// <summary>
/// In the receiving hub's own database: an article of this hub that republishes an ally's, and whom to credit. The
/// site reads it for the attribution line; the host's offer is never read to render a page.
/// </summary>
public sealed class SyndicatedCopyRecord
{
    /// <summary>This hub's article (the copy).</summary>
    public int ArticleId { get; set; }

    /// <summary>The host's offer this copy came from.</summary>
    public long OfferId { get; set; }

    public required string OriginHub { get; set; }

    public required string OriginalUrl { get; set; }

    public DateTime? OriginalPublishedUtc { get; set; }

    public string? Authors { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
