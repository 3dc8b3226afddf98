namespace OpinionAct.Media.Data.Site;

/// <summary>A published article filed under a topic, with what orders it among the topic's newest.</summary>
internal sealed class TopicArticle
{
    public int TopicId { get; init; }

    public int ArticleId { get; init; }

    public DateTime? PublishedUtc { get; init; }
}
