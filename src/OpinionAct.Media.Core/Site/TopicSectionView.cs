namespace OpinionAct.Media.Site;

/// <summary>A topic and a few of its latest articles, as a section of the home page.</summary>
public sealed record TopicSectionView(LinkView Topic, IReadOnlyList<ArticleCardView> Articles);
