namespace OpinionAct.Media.Localization;

/// <summary>The public site's strings (<see cref="UiTextArea.Theme"/>): a theme prints <c>{{ site.Text.ReadMore }}</c>, read through <see cref="Site.ThemeText"/>; the key is the member's name.</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] ThemeEntries =>
    [
        ("SkipToContent", "Skip to content", "Aller au contenu"),
        ("Home", "Home", "Accueil"),
        ("Topics", "Topics", "Thèmes"),
        ("Experts", "Our experts", "Nos experts"),
        ("Search", "Search", "Rechercher"),
        ("Latest", "Latest articles", "Derniers articles"),
        ("Featured", "Featured", "À la une"),
        ("ReadMore", "Read the article", "Lire l'article"),
        ("By", "By", "Par"),
        ("PublishedOn", "Published on", "Publié le"),
        ("UpdatedOn", "Updated on", "Mis à jour le"),
        ("MinutesToRead", "min read", "min de lecture"),
        ("Sources", "Sources", "Sources"),
        ("Corrections", "Corrections", "Corrections"),
        ("RelatedArticles", "Read next", "À lire aussi"),
        ("ArticlesByExpert", "Articles", "Ses articles"),
        ("PreviousPage", "Previous page", "Page précédente"),
        ("NextPage", "Next page", "Page suivante"),
        ("PageOf", "of", "sur"),
        ("NotFoundTitle", "Page not found", "Page introuvable"),
        ("NotFoundText", "Nothing is published at this address. Check the link or go back to the home page.", "Cette adresse ne correspond à aucune page. Vérifiez le lien ou revenez à l'accueil."),
        ("Feed", "RSS feed", "Flux RSS"),
        ("AudienceMeasurement", "Audience measurement", "Mesure d'audience"),
        ("Subtopics", "Subtopics", "Sous-thèmes"),
        ("SearchResultsFor", "Results for", "Résultats pour"),
        ("ResultsCount", "result(s)", "résultat(s)"),
        ("NoResults", "No article matches this search. Try other words or remove a filter.", "Aucun article ne correspond à cette recherche. Essayez d'autres mots ou retirez un filtre."),
        ("SearchPrompt", "What are you looking for?", "Que cherchez-vous ?"),
        ("SortBy", "Sort by", "Trier par"),
        ("SortRelevance", "relevance", "pertinence"),
        ("SortDate", "date", "date"),
        ("FilterByTopic", "Refine by topic", "Affiner par thème"),
        ("Page", "Page", "Page"),
        ("Pagination", "Pagination", "Pagination"),
        ("MainNavigation", "Main navigation", "Navigation principale"),
        ("Breadcrumb", "Breadcrumb", "Fil d'Ariane"),
        ("SupportsClaim", "Supports:", "À l'appui de :"),
        ("Links", "Links", "Liens"),
        ("SocialLinks", "Social media", "Réseaux sociaux"),
        ("SeeAll", "See all", "Tout voir"),
    ];
}
