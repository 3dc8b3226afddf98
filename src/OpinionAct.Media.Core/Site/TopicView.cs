namespace OpinionAct.Media.Site;

/// <summary>The <c>model</c> of the topic template.</summary>
public sealed record TopicView
{
    public required string Name { get; init; }

    public required string Url { get; init; }

    public string? Description { get; init; }

    /// <summary>The topic's picture; null when it has none.</summary>
    public ImageView? Image { get; init; }

    public required string FeedUrl { get; init; }

    public LinkView? Parent { get; init; }

    public IReadOnlyList<LinkView> Children { get; init; } = [];

    public IReadOnlyList<ArticleCardView> Articles { get; init; } = [];

    public PaginationView? Pagination { get; init; }

    /// <summary>The fact-checks of the topic's published articles (and its subtopics'), newest article first; each links to its article.</summary>
    public IReadOnlyList<ClaimReviewView> FactChecks { get; init; } = [];

    /// <summary>Answered reader questions published here (FAQPage JSON-LD).</summary>
    public IReadOnlyList<QuestionAnswerView> Questions { get; init; } = [];

    /// <summary>The "ask our experts" form about this page.</summary>
    public AskFormView? Ask { get; init; }
}
