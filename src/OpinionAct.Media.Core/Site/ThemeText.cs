using OpinionAct.Media.Localization;

namespace OpinionAct.Media.Site;

/// <summary>
/// The UI strings themes print (<c>site.Text.ReadMore</c>), in French and English. Themes never
/// hard-code UI text, so one template serves both audiences. The strings live in the
/// <see cref="UiTextArea.Theme"/> area of <see cref="UiText"/> (<c>UiText.Theme.cs</c>), under the member's
/// name; a new string is one entry there and one member here (a test checks they match).
/// </summary>
public sealed partial class ThemeText
{
    public static readonly ThemeText French = new(UiText.For(UiTextArea.Theme, UiText.FrenchLanguage));

    public static readonly ThemeText English = new(UiText.For(UiTextArea.Theme, UiText.EnglishLanguage));

    // Private, so a template reaches only the string members below.
    private readonly UiText _text;

    private ThemeText(UiText text) => _text = text;

    public string SkipToContent => _text[nameof(SkipToContent)];

    public string Home => _text[nameof(Home)];

    public string Topics => _text[nameof(Topics)];

    public string Experts => _text[nameof(Experts)];

    public string Search => _text[nameof(Search)];

    public string Latest => _text[nameof(Latest)];

    public string NoArticlesYet => _text[nameof(NoArticlesYet)];

    public string NoArticlesYetHint => _text[nameof(NoArticlesYetHint)];

    public string WriteFirstArticle => _text[nameof(WriteFirstArticle)];

    public string Featured => _text[nameof(Featured)];

    public string ReadMore => _text[nameof(ReadMore)];

    public string By => _text[nameof(By)];

    public string PublishedOn => _text[nameof(PublishedOn)];

    public string UpdatedOn => _text[nameof(UpdatedOn)];

    public string MinutesToRead => _text[nameof(MinutesToRead)];

    public string Sources => _text[nameof(Sources)];

    public string Corrections => _text[nameof(Corrections)];

    public string RelatedArticles => _text[nameof(RelatedArticles)];

    public string ArticlesByExpert => _text[nameof(ArticlesByExpert)];

    public string PreviousPage => _text[nameof(PreviousPage)];

    public string NextPage => _text[nameof(NextPage)];

    public string PageOf => _text[nameof(PageOf)];

    public string NotFoundTitle => _text[nameof(NotFoundTitle)];

    public string NotFoundText => _text[nameof(NotFoundText)];

    public string Feed => _text[nameof(Feed)];

    /// <summary>Footer link to the generated audience-measurement notice (/privacy/analytics).</summary>
    public string AudienceMeasurement => _text[nameof(AudienceMeasurement)];

    public string Subtopics => _text[nameof(Subtopics)];

    public string SearchResultsFor => _text[nameof(SearchResultsFor)];

    public string ResultsCount => _text[nameof(ResultsCount)];

    public string NoResults => _text[nameof(NoResults)];

    public string SearchPrompt => _text[nameof(SearchPrompt)];

    public string SortBy => _text[nameof(SortBy)];

    public string SortRelevance => _text[nameof(SortRelevance)];

    public string SortDate => _text[nameof(SortDate)];

    public string FilterByTopic => _text[nameof(FilterByTopic)];

    /// <summary>"Page", as in "Page 2 sur 5".</summary>
    public string Page => _text[nameof(Page)];

    /// <summary>Accessible name of the pagination landmark.</summary>
    public string Pagination => _text[nameof(Pagination)];

    /// <summary>Accessible name of the main navigation landmark.</summary>
    public string MainNavigation => _text[nameof(MainNavigation)];

    /// <summary>Accessible name of the breadcrumb trail (topic parents).</summary>
    public string Breadcrumb => _text[nameof(Breadcrumb)];

    /// <summary>Introduces the claim a source supports ("À l'appui de :").</summary>
    public string SupportsClaim => _text[nameof(SupportsClaim)];

    /// <summary>Heading of an expert's links (website, profiles).</summary>
    public string Links => _text[nameof(Links)];

    /// <summary>Accessible name of the site's social links.</summary>
    public string SocialLinks => _text[nameof(SocialLinks)];

    /// <summary>Link to the whole of a list ("Tout voir"), e.g. a topic section on the home page.</summary>
    public string SeeAll => _text[nameof(SeeAll)];

    /// <summary>The button that opens the main navigation on phones (a <c>&lt;summary&gt;</c>).</summary>
    public string Menu => _text[nameof(Menu)];

    /// <summary>Heading of the list of search hits, under the page's "Results for …" title.</summary>
    public string SearchHits => _text[nameof(SearchHits)];

    /// <summary>English for "en", French otherwise (<see cref="UiText.IsEnglish"/>).</summary>
    public static ThemeText For(string language) => UiText.IsEnglish(language) ? English : French;

    public string FactChecks => _text[nameof(FactChecks)];

    public string FactCheckClaim => _text[nameof(FactCheckClaim)];

    public string FactCheckClaimedBy => _text[nameof(FactCheckClaimedBy)];

    public string FactCheckAppeared => _text[nameof(FactCheckAppeared)];

    public string FactCheckSource => _text[nameof(FactCheckSource)];

    public string FactCheckRating => _text[nameof(FactCheckRating)];

    public string FactCheckScale => _text[nameof(FactCheckScale)];

    public string FactCheckEvidence => _text[nameof(FactCheckEvidence)];

    public string TopicFactChecks => _text[nameof(TopicFactChecks)];

    public string ClaimRating1 => _text[nameof(ClaimRating1)];

    public string ClaimRating2 => _text[nameof(ClaimRating2)];

    public string ClaimRating3 => _text[nameof(ClaimRating3)];

    public string ClaimRating4 => _text[nameof(ClaimRating4)];

    public string ClaimRating5 => _text[nameof(ClaimRating5)];

    public string Credentials => _text[nameof(Credentials)];

    public string Affiliation => _text[nameof(Affiliation)];

    public string ConflictsOfInterest => _text[nameof(ConflictsOfInterest)];

    public string VerifiedByEditors => _text[nameof(VerifiedByEditors)];
}
