namespace OpinionAct.Media.Data.Content;

public sealed class ArticleTopicRecord
{
    public int ArticleId { get; set; }

    public int TopicId { get; set; }

    public int Position { get; set; }

    public TopicRecord? Topic { get; set; }
}
