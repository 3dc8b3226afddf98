namespace OpinionAct.Media.Site;

/// <summary>The <c>model</c> of the expert template.</summary>
public sealed record ExpertView
{
    public required string Name { get; init; }

    public required string Url { get; init; }

    public string? JobTitle { get; init; }

    public string? Credentials { get; init; }

    /// <summary>Sanitised HTML rendered from the expert's Markdown bio.</summary>
    public string? BioHtml { get; init; }

    public string? PhotoUrl { get; init; }

    /// <summary>The photo as square variants; null without a photo. A view built with <see cref="PhotoUrl"/> alone gets a plain photo from it.</summary>
    public ImageView? Photo
    {
        get => field ?? (PhotoUrl is { Length: > 0 } url ? new ImageView { Src = url } : null);
        init;
    }

    public IReadOnlyList<LinkView> Links { get; init; } = [];

    public string? Affiliation { get; init; }

    public string? ConflictsOfInterest { get; init; }

    /// <summary>Credentials, affiliation and conflicts of interest that are filled in, each with its verified mark.</summary>
    public IReadOnlyList<ExpertFactView> Facts { get; init; } = [];

    public IReadOnlyList<ArticleCardView> Articles { get; init; } = [];

    public PaginationView? Pagination { get; init; }

    /// <summary>Answered reader questions published here (FAQPage JSON-LD).</summary>
    public IReadOnlyList<QuestionAnswerView> Questions { get; init; } = [];

    /// <summary>The "ask our experts" form about this page.</summary>
    public AskFormView? Ask { get; init; }
}
