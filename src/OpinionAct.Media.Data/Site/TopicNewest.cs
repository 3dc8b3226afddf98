namespace OpinionAct.Media.Data.Site;

/// <summary>A topic's newest published articles (<see cref="SiteQueries.NewestByTopic"/>), newest first.</summary>
internal sealed class TopicNewest
{
    public int TopicId { get; init; }

    public List<TopicArticle> Newest { get; init; } = [];
}
