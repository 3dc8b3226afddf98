namespace OpinionAct.Media.Site;

/// <summary>
/// The UI strings themes print (<c>site.text.read_more</c>), in French and English. Themes never
/// hard-code UI text, so one template serves both audiences.
/// </summary>
public sealed record ThemeText
{
    public required string SkipToContent { get; init; }

    public required string Home { get; init; }

    public required string Topics { get; init; }

    public required string Experts { get; init; }

    public required string Search { get; init; }

    public required string Latest { get; init; }

    public required string Featured { get; init; }

    public required string ReadMore { get; init; }

    public required string By { get; init; }

    public required string PublishedOn { get; init; }

    public required string UpdatedOn { get; init; }

    public required string MinutesToRead { get; init; }

    public required string Sources { get; init; }

    public required string Corrections { get; init; }

    public required string RelatedArticles { get; init; }

    public required string ArticlesByExpert { get; init; }

    public required string PreviousPage { get; init; }

    public required string NextPage { get; init; }

    public required string PageOf { get; init; }

    public required string NotFoundTitle { get; init; }

    public required string NotFoundText { get; init; }

    public required string Feed { get; init; }

    /// <summary>Footer link to the generated audience-measurement notice (/privacy/analytics).</summary>
    public required string AudienceMeasurement { get; init; }

    public required string Subtopics { get; init; }

    public required string SearchResultsFor { get; init; }

    public required string ResultsCount { get; init; }

    public required string NoResults { get; init; }

    public required string SearchPrompt { get; init; }

    public required string SortBy { get; init; }

    public required string SortRelevance { get; init; }

    public required string SortDate { get; init; }

    public required string FilterByTopic { get; init; }

    /// <summary>"Page", as in "Page 2 sur 5".</summary>
    public required string Page { get; init; }

    /// <summary>Accessible name of the pagination landmark.</summary>
    public required string Pagination { get; init; }

    /// <summary>Accessible name of the main navigation landmark.</summary>
    public required string MainNavigation { get; init; }

    /// <summary>Accessible name of the breadcrumb trail (topic parents).</summary>
    public required string Breadcrumb { get; init; }

    /// <summary>Introduces the claim a source supports ("À l'appui de :").</summary>
    public required string SupportsClaim { get; init; }

    /// <summary>Heading of an expert's links (website, profiles).</summary>
    public required string Links { get; init; }

    /// <summary>Accessible name of the site's social links.</summary>
    public required string SocialLinks { get; init; }

    /// <summary>Link to the whole of a list ("Tout voir"), e.g. a topic section on the home page.</summary>
    public required string SeeAll { get; init; }

    public static readonly ThemeText French = new()
    {
        SkipToContent = "Aller au contenu",
        Home = "Accueil",
        Topics = "Thèmes",
        Experts = "Nos experts",
        Search = "Rechercher",
        Latest = "Derniers articles",
        Featured = "À la une",
        ReadMore = "Lire l'article",
        By = "Par",
        PublishedOn = "Publié le",
        UpdatedOn = "Mis à jour le",
        MinutesToRead = "min de lecture",
        Sources = "Sources",
        Corrections = "Corrections",
        RelatedArticles = "À lire aussi",
        ArticlesByExpert = "Ses articles",
        PreviousPage = "Page précédente",
        NextPage = "Page suivante",
        PageOf = "sur",
        NotFoundTitle = "Page introuvable",
        NotFoundText = "Cette adresse ne correspond à aucune page. Vérifiez le lien ou revenez à l'accueil.",
        Feed = "Flux RSS",
        AudienceMeasurement = "Mesure d'audience",
        Subtopics = "Sous-thèmes",
        SearchResultsFor = "Résultats pour",
        ResultsCount = "résultat(s)",
        NoResults = "Aucun article ne correspond à cette recherche. Essayez d'autres mots ou retirez un filtre.",
        SearchPrompt = "Que cherchez-vous ?",
        SortBy = "Trier par",
        SortRelevance = "pertinence",
        SortDate = "date",
        FilterByTopic = "Affiner par thème",
        Page = "Page",
        Pagination = "Pagination",
        MainNavigation = "Navigation principale",
        Breadcrumb = "Fil d'Ariane",
        SupportsClaim = "À l'appui de :",
        Links = "Liens",
        SocialLinks = "Réseaux sociaux",
        SeeAll = "Tout voir",
    };

    public static readonly ThemeText English = new()
    {
        SkipToContent = "Skip to content",
        Home = "Home",
        Topics = "Topics",
        Experts = "Our experts",
        Search = "Search",
        Latest = "Latest articles",
        Featured = "Featured",
        ReadMore = "Read the article",
        By = "By",
        PublishedOn = "Published on",
        UpdatedOn = "Updated on",
        MinutesToRead = "min read",
        Sources = "Sources",
        Corrections = "Corrections",
        RelatedArticles = "Read next",
        ArticlesByExpert = "Articles",
        PreviousPage = "Previous page",
        NextPage = "Next page",
        PageOf = "of",
        NotFoundTitle = "Page not found",
        NotFoundText = "Nothing is published at this address. Check the link or go back to the home page.",
        Feed = "RSS feed",
        AudienceMeasurement = "Audience measurement",
        Subtopics = "Subtopics",
        SearchResultsFor = "Results for",
        ResultsCount = "result(s)",
        NoResults = "No article matches this search. Try other words or remove a filter.",
        SearchPrompt = "What are you looking for?",
        SortBy = "Sort by",
        SortRelevance = "relevance",
        SortDate = "date",
        FilterByTopic = "Refine by topic",
        Page = "Page",
        Pagination = "Pagination",
        MainNavigation = "Main navigation",
        Breadcrumb = "Breadcrumb",
        SupportsClaim = "Supports:",
        Links = "Links",
        SocialLinks = "Social media",
        SeeAll = "See all",
    };

    public static ThemeText For(string language) => language == "en" ? English : French;
}
