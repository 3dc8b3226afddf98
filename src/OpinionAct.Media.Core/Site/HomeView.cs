namespace OpinionAct.Media.Site;

/// <summary>The <c>model</c> of the home template.</summary>
public sealed record HomeView
{
    /// <summary>Editors' picks (featured articles), on the first page only.</summary>
    public IReadOnlyList<ArticleCardView> Featured { get; init; } = [];

    public IReadOnlyList<ArticleCardView> Latest { get; init; } = [];

    public IReadOnlyList<LinkView> Topics { get; init; } = [];

    public IReadOnlyList<ExpertCardView> Experts { get; init; } = [];

    /// <summary>A few recent articles per top-level topic, for themes that lay the home page out by topic.</summary>
    public IReadOnlyList<TopicSectionView> Sections { get; init; } = [];

    public PaginationView? Pagination { get; init; }
}
