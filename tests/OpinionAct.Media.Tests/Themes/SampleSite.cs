using OpinionAct.Media.Site;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>
/// Realistic French view models for theme tests: an energy-transition expert hub as the public site
/// would build it. <paramref name="text"/> arguments let a test slip a hostile string into plain-text members.
/// </summary>
internal static class SampleSite
{
    public const string Script = "<script>alert(1)</script>";
    public const string EncodedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";
    public const string Origin = "https://energies-demain.exemple.fr";
    public const string Media = "https://energies-demain.exemple.fr/demo/media/";

    public static SiteView Site(string name = "Énergies demain") => new()
    {
        Name = name,
        Description = "Les experts de la transition énergétique décryptent réseaux, production et sobriété, sources à l'appui.",
        Language = "fr",
        HomeUrl = "/demo/",
        AssetsUrl = "/demo/assets/expert/0.1.0/",
        TrackerUrl = "/demo/t.js?v=0123456789abcdef",
        IconUrl = "/demo/favicon.svg",
        FeedUrl = "/demo/feed.rss",
        AtomUrl = "/demo/feed.atom",
        SearchUrl = "/demo/recherche",
        Navigation =
        [
            new("Réseaux électriques", "/demo/themes/reseaux-electriques"),
            new("Nucléaire", "/demo/themes/nucleaire"),
            new("Renouvelables", "/demo/themes/renouvelables"),
            new("Sobriété", "/demo/themes/sobriete"),
        ],
        SocialLinks = [new("LinkedIn", "https://www.linkedin.com/company/energies-demain"), new("Mastodon", "https://mastodon.social/@energiesdemain")],
        Year = 2026,
        Text = ThemeText.French,
    };

    public static HeadView Head(string title, string path, string type = "website", string? image = null, string? jsonLd = null, bool noIndex = false) => new()
    {
        Title = title,
        Description = "Pourquoi le réseau électrique français doit doubler ses raccordements d'ici 2035, et ce que cela coûtera.",
        CanonicalUrl = Origin + path,
        ImageUrl = image,
        ImageAlt = image is null ? null : "Pylônes à haute tension au coucher du soleil",
        OpenGraphType = type,
        JsonLd = jsonLd,
        Feeds = [new LinkView("Énergies demain (RSS)", "/demo/feed.rss"), new LinkView("Énergies demain (Atom)", "/demo/feed.atom") { Type = "application/atom+xml" }],
        NoIndex = noIndex,
    };

    public const string JsonLd = """{"@context":"https://schema.org","@type":"NewsArticle","headline":"Le réseau électrique face au mur des raccordements","author":[{"@type":"Person","name":"Claire Martin"}]}""";

    public static ExpertCardView Claire(string name = "Claire Martin") => new()
    {
        Name = name,
        Url = "/demo/experts/claire-martin",
        JobTitle = "Ingénieure réseaux, Voltéa",
        Credentials = "Docteure en économie de l'énergie (Université Paris-Dauphine)",
        PhotoUrl = Media + "claire-martin.jpg",
    };

    public static ExpertCardView Karim() => new()
    {
        Name = "Karim Benali",
        Url = "/demo/experts/karim-benali",
        JobTitle = "Responsable prospective, Voltéa",
        Credentials = "Ancien rapporteur à la Commission de régulation de l'énergie",
    };

    public static ArticleCardView Card(int number, string? title = null, string? dek = null) => new()
    {
        Title = title ?? CardTitles[(number - 1) % CardTitles.Length],
        Dek = dek ?? "Ce que disent les chiffres du gestionnaire de réseau, et ce qu'ils ne disent pas encore.",
        Url = $"/demo/articles/article-{number}",
        CoverImageUrl = Media + $"cover-{(number % 4) + 1}.jpg",
        CoverAlt = "Techniciens sur un poste électrique",
        PublishedIso = $"2026-11-{27 - number:00}T08:00:00+01:00",
        PublishedDisplay = $"{27 - number} novembre 2026",
        ReadingMinutes = 4 + number,
        Topics = [new("Réseaux électriques", "/demo/themes/reseaux-electriques")],
        Experts = [new("Claire Martin", "/demo/experts/claire-martin")],
    };

    private static readonly string[] CardTitles =
    [
        "Raccordements : la file d'attente qui freine les renouvelables",
        "Ce que coûte vraiment un kilowattheure nucléaire",
        "Sobriété : l'hiver où les Français ont baissé le chauffage",
        "Stockage : les batteries changent-elles la donne ?",
        "Prix négatifs : pourquoi l'électricité vaut parfois moins que rien",
        "Hydrogène : le mirage et les usages utiles",
    ];

    public static ArticleView Article(string? title = null, string? dek = null, string? sourceTitle = null, string? expertName = null, string? correction = null, string language = "fr") => new()
    {
        Title = title ?? "Le réseau électrique face au mur des raccordements",
        Dek = dek ?? "Éolien, solaire, pompes à chaleur : la demande de raccordement a triplé en cinq ans. Les gestionnaires suivent-ils ?",
        BodyHtml = """
            <p>En 2025, <strong>près de 40 GW</strong> de projets attendaient un raccordement au réseau de transport.<sup><a href="#source-1">1</a></sup></p>
            <h2>Une file d'attente qui s'allonge</h2>
            <p>Le délai médian de raccordement d'un parc éolien terrestre dépasse désormais trois ans.</p>
            <blockquote><p>« Le réseau n'a pas été dessiné pour des milliers de petits producteurs. »</p></blockquote>
            """,
        CoverImageUrl = Media + "cover-1.jpg",
        CoverAlt = "Pylônes à haute tension au coucher du soleil",
        Url = "/demo/articles/reseau-mur-des-raccordements",
        Language = language,
        PublishedIso = "2026-11-26T08:00:00+01:00",
        PublishedDisplay = "26 novembre 2026",
        UpdatedIso = "2026-11-28T17:30:00+01:00",
        UpdatedDisplay = "28 novembre 2026",
        ReadingMinutes = 7,
        Topics = [new("Réseaux électriques", "/demo/themes/reseaux-electriques"), new("Renouvelables", "/demo/themes/renouvelables")],
        Experts = [Claire(expertName ?? "Claire Martin"), Karim()],
        Sources =
        [
            new(sourceTitle ?? "Schéma décennal de développement du réseau 2025", "https://www.rte-france.com/sddr", "RTE", "40 GW de projets en attente de raccordement"),
            new("Bilan électrique 2025", null, "RTE", "La consommation a baissé de 3 % en deux ans"),
            new("Délibération sur les coûts de raccordement", "https://www.cre.fr/deliberations", null, null),
        ],
        Corrections = [new("2026-11-28", "28 novembre 2026", correction ?? "Une version précédente indiquait 30 GW de projets en attente ; le chiffre exact est 40 GW.")],
        Related = [Card(2), Card(3)],
    };

    public static HomeView Home() => new()
    {
        Featured = [Card(1), Card(2)],
        Latest = [Card(3), Card(4), Card(5), Card(6)],
        Topics = Site().Navigation,
        Experts = [Claire(), Karim()],
        Sections =
        [
            new(new("Réseaux électriques", "/demo/themes/reseaux-electriques"), [Card(1), Card(4), Card(5)]),
            new(new("Sobriété", "/demo/themes/sobriete"), [Card(3), Card(6)]),
        ],
        Pagination = new(1, 5, null, "/demo/?page=2"),
    };

    public static TopicView Topic(string? name = null) => new()
    {
        Name = name ?? "Renouvelables",
        Url = "/demo/themes/renouvelables",
        Description = "Éolien, solaire, hydraulique : ce qu'ils produisent, ce qu'ils coûtent, ce qu'ils demandent au réseau.",
        FeedUrl = "/demo/themes/renouvelables/feed.rss",
        Parent = new("Production d'électricité", "/demo/themes/production"),
        Children = [new("Éolien en mer", "/demo/themes/eolien-en-mer"), new("Solaire", "/demo/themes/solaire")],
        Articles = [Card(1), Card(2), Card(3)],
        Pagination = new(2, 5, "/demo/themes/renouvelables", "/demo/themes/renouvelables?page=3"),
    };

    public static ExpertView Expert(string? name = null) => new()
    {
        Name = name ?? "Claire Martin",
        Url = "/demo/experts/claire-martin",
        JobTitle = "Ingénieure réseaux, Voltéa",
        Credentials = "Docteure en économie de l'énergie (Université Paris-Dauphine)",
        BioHtml = "<p>Claire Martin a passé dix ans à planifier le <em>réseau de transport</em> avant de rejoindre Voltéa.</p>",
        PhotoUrl = Media + "claire-martin.jpg",
        Links = [new("Site personnel", "https://clairemartin.exemple.fr"), new("LinkedIn", "https://www.linkedin.com/in/claire-martin")],
        Articles = [Card(1), Card(4)],
        Pagination = new(1, 1, null, null),
    };

    public static PageView Page(string? title = null) =>
        new(title ?? "À propos", "<p>Énergies demain est le média d'experts de <strong>Voltéa</strong>.</p>", "/demo/a-propos");

    public static SearchView Search() => new()
    {
        Query = "réseau <b>",
        Total = 2,
        Url = "/demo/search",
        RelevanceUrl = "/demo/search?q=r%C3%A9seau",
        DateUrl = "/demo/search?q=r%C3%A9seau&sort=date",
        Hits =
        [
            new SearchHitView("Le <mark> est dans le réseau", "/demo/search/go/1/1/reseau", "Le <mark>réseau</mark> électrique &lt;sature&gt;", "2026-10-02T09:30:00+02:00", "2 octobre 2026", [new LinkView("Réseaux", "/demo/topics/reseaux")]),
            new SearchHitView("Raccordements", "/demo/search/go/1/2/raccordements", "Les files du <mark>réseau</mark>", "2026-09-12T09:30:00+02:00", "12 septembre 2026", []),
        ],
        Topics = [new FacetView("Rénovation", "/demo/search?q=r%C3%A9seau&topic=renovation", 2, false), new FacetView("Réseaux", "/demo/search?q=r%C3%A9seau", 1, true)],
    };
}
