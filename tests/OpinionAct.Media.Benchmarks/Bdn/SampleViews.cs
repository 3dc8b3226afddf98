using System.Globalization;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Benchmarks.Bdn;

/// <summary>
/// The view models the public site would build for a French energy hub: the site (navigation,
/// signup form), the article page of <see cref="SampleArticle"/> and a first home page (3 featured,
/// 10 latest, 5 topic sections of 3, 6 experts).
/// </summary>
internal static class SampleViews
{
    private const string Origin = "https://energies-demain.exemple.fr";
    private const string Media = Origin + "/demo/media/";

    private static readonly LinkView[] Topics =
    [
        new("Réseaux électriques", "/demo/themes/reseaux-electriques"),
        new("Nucléaire", "/demo/themes/nucleaire"),
        new("Renouvelables", "/demo/themes/renouvelables"),
        new("Sobriété", "/demo/themes/sobriete"),
        new("Hydrogène", "/demo/themes/hydrogene"),
    ];

    private static readonly string[] CardTitles =
    [
        "Raccordements : la file d'attente qui freine les renouvelables",
        "Ce que coûte vraiment un kilowattheure nucléaire",
        "Sobriété : l'hiver où les Français ont baissé le chauffage",
        "Stockage : les batteries changent-elles la donne ?",
        "Prix négatifs : pourquoi l'électricité vaut parfois moins que rien",
        "Hydrogène : le mirage et les usages utiles",
        "Pompes à chaleur : le marché après la fin des aides",
        "Éolien en mer : le calendrier des appels d'offres",
    ];

    public static SiteView Site() => new()
    {
        Name = "Énergies demain",
        Description = "Les experts de la transition énergétique décryptent réseaux, production et sobriété, sources à l'appui.",
        Language = "fr",
        HomeUrl = "/demo/",
        AssetsUrl = "/demo/assets/expert/0.1.0/",
        TrackerUrl = "/demo/t.js?v=0123456789abcdef",
        IconUrl = "/demo/favicon.svg",
        FeedUrl = "/demo/feed.rss",
        AtomUrl = "/demo/feed.atom",
        SearchUrl = "/demo/recherche",
        Navigation = Topics,
        SocialLinks = [new("LinkedIn", "https://www.linkedin.com/company/energies-demain"), new("Mastodon", "https://mastodon.social/@energiesdemain")],
        Year = 2026,
        Text = ThemeText.French,
        Signup = new SignupFormView
        {
            Action = "/demo/newsletters/subscribe",
            Newsletters =
            [
                new("hebdo", "La lettre du vendredi", "Les articles de la semaine, choisis par la rédaction.", "Chaque vendredi") { Checked = true },
                new("reseaux", "Réseaux", "Le suivi des raccordements et des investissements.", "Mensuelle"),
            ],
            ConsentText = SubscriptionText.French.Consent("Énergies demain"),
            AntiforgeryName = "__RequestVerificationToken",
            AntiforgeryValue = "CfDJ8N0-benchmark-antiforgery-token-value",
        },
    };

    public static HeadView Head(string title, string path, string type = "website", string? image = null, string? jsonLd = null) => new()
    {
        Title = title,
        Description = "Pourquoi le réseau électrique français doit doubler ses raccordements d'ici 2035, et ce que cela coûtera.",
        CanonicalUrl = Origin + path,
        ImageUrl = image,
        ImageAlt = image is null ? null : "Pylônes à haute tension au coucher du soleil",
        OpenGraphType = type,
        JsonLd = jsonLd,
        Feeds = [new LinkView("Énergies demain (RSS)", "/demo/feed.rss"), new LinkView("Énergies demain (Atom)", "/demo/feed.atom") { Type = "application/atom+xml" }],
    };

    public static HeadView ArticleHead() => Head(
        SampleArticle.Title,
        "/demo/articles/reseau-mur-des-raccordements",
        "article",
        Media + "cover-1.jpg",
        """{"@context":"https://schema.org","@type":"NewsArticle","headline":"Le réseau électrique face au mur des raccordements","author":[{"@type":"Person","name":"Claire Martin"},{"@type":"Person","name":"Karim Benali"}]}""");

    /// <param name="bodyHtml">The article's body as <c>MarkdownRenderer</c> renders it.</param>
    public static ArticleView Article(string bodyHtml, int readingMinutes) => new()
    {
        Title = SampleArticle.Title,
        Dek = "Éolien, solaire, pompes à chaleur : la demande de raccordement a triplé en cinq ans. Les gestionnaires suivent-ils ?",
        BodyHtml = bodyHtml,
        CoverImageUrl = Media + "cover-1.jpg",
        CoverAlt = "Pylônes à haute tension au coucher du soleil",
        Url = "/demo/articles/reseau-mur-des-raccordements",
        Language = "fr",
        PublishedIso = "2026-11-26T08:00:00+01:00",
        PublishedDisplay = "26 novembre 2026",
        UpdatedIso = "2026-11-28T17:30:00+01:00",
        UpdatedDisplay = "28 novembre 2026",
        ReadingMinutes = readingMinutes,
        Topics = [Topics[0], Topics[2]],
        Experts = [Expert(0), Expert(1)],
        Sources =
        [
            new("Schéma décennal de développement du réseau 2025", "https://www.rte-france.com/sddr", "RTE", "40 GW de projets en attente de raccordement"),
            new("Bilan électrique 2025", null, "RTE", "La consommation a baissé de 3 % en deux ans"),
            new("Délibération sur les coûts de raccordement", "https://www.cre.fr/deliberations", null, null),
        ],
        Corrections = [new("2026-11-28", "28 novembre 2026", "Une version précédente indiquait 30 GW de projets en attente ; le chiffre exact est 40 GW.")],
        Related = [Card(2), Card(3), Card(4)],
    };

    public static HomeView Home() => new()
    {
        Featured = [.. Enumerable.Range(1, 3).Select(Card)],
        Latest = [.. Enumerable.Range(4, 10).Select(Card)],
        Topics = Topics,
        Experts = [.. Enumerable.Range(0, 6).Select(Expert)],
        Sections = [.. Topics.Select((topic, i) => new TopicSectionView(topic, [.. Enumerable.Range(1 + (3 * i), 3).Select(Card)]))],
        Pagination = new(1, 12, null, "/demo/?page=2"),
    };

    private static ExpertCardView Expert(int number)
    {
        string[] names = ["Claire Martin", "Karim Benali", "Sofia Nguyen", "Hugo Durand", "Amina Moreau", "Lucas Smith"];
        var name = names[number % names.Length];
        var slug = name.ToLowerInvariant().Replace(' ', '-');
        return new ExpertCardView
        {
            Name = name,
            Url = "/demo/experts/" + slug,
            JobTitle = number % 2 == 0 ? "Ingénieure réseaux, Voltéa" : "Responsable prospective, Voltéa",
            Credentials = "Docteure en économie de l'énergie (Université Paris-Dauphine)",
            PhotoUrl = number % 3 == 2 ? null : Media + slug + ".jpg",
        };
    }

    private static ArticleCardView Card(int number) => new()
    {
        Title = CardTitles[(number - 1) % CardTitles.Length],
        Dek = "Ce que disent les chiffres du gestionnaire de réseau, et ce qu'ils ne disent pas encore.",
        Url = string.Create(CultureInfo.InvariantCulture, $"/demo/articles/article-{number}"),
        CoverImageUrl = string.Create(CultureInfo.InvariantCulture, $"{Media}cover-{(number % 4) + 1}.jpg"),
        CoverAlt = "Techniciens sur un poste électrique",
        PublishedIso = string.Create(CultureInfo.InvariantCulture, $"2026-11-{28 - number:00}T08:00:00+01:00"),
        PublishedDisplay = string.Create(CultureInfo.InvariantCulture, $"{28 - number} novembre 2026"),
        ReadingMinutes = 3 + (number % 6),
        Topics = [Topics[number % Topics.Length]],
        Experts = [new(number % 2 == 0 ? "Claire Martin" : "Karim Benali", number % 2 == 0 ? "/demo/experts/claire-martin" : "/demo/experts/karim-benali")],
    };
}
