namespace OpinionAct.Media.Data.Content;

public sealed class ArticleExpertRecord
{
    public int ArticleId { get; set; }

    public int ExpertId { get; set; }

    public int Position { get; set; }

    public ExpertRecord? Expert { get; set; }
}
