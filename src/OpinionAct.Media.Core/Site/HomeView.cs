namespace OpinionAct.Media.Site;

/// <summary>The <c>model</c> of the home template.</summary>
public sealed record HomeView
{
    /// <summary>Editors' picks (featured articles), on the first page only.</summary>
    public IReadOnlyList<ArticleCardView> Featured { get; init; } = [];

    /// <summary>The page's latest articles; on the first page, without the <see cref="Featured"/> ones (shown above them).</summary>
    public IReadOnlyList<ArticleCardView> Latest { get; init; } = [];

    /// <summary>
    /// <see cref="Latest"/> without the articles of <see cref="Sections"/>: what a theme that shows the topic sections
    /// lists under them, so no article appears twice on the page.
    /// </summary>
    public IReadOnlyList<ArticleCardView> LatestOutsideSections { get; init; } = [];

    public IReadOnlyList<LinkView> Topics { get; init; } = [];

    public IReadOnlyList<ExpertCardView> Experts { get; init; } = [];

    /// <summary>
    /// A few recent articles per top-level topic, for themes that lay the home page out by topic: none of them among
    /// <see cref="Featured"/> or an earlier section; a topic left with nothing new has no section.
    /// </summary>
    public IReadOnlyList<TopicSectionView> Sections { get; init; } = [];

    public PaginationView? Pagination { get; init; }
}
