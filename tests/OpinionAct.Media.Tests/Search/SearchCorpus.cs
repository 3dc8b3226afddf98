using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

/// <summary>French and English articles of an energy-transition hub, with ids that tests can name.</summary>
internal static class SearchCorpus
{
    public const int Renovation = 1;
    public const int Electricity = 2;
    public const int SmartGrids = 3;
    public const int Insulation = 4;
    public const int HydrogenDraft = 5;
    public const int OffshoreWind = 6;
    public const int Solar = 7;
    public const int Sobriety = 8;

    public static readonly SearchTerm RenovationTopic = new("renovation", "Rénovation");
    public static readonly SearchTerm TransitionTopic = new("transition", "Transition énergétique");
    public static readonly SearchTerm ElectricityTopic = new("electricite", "Électricité");
    public static readonly SearchTerm GridsTopic = new("reseaux", "Réseaux");
    public static readonly SearchTerm HydrogenTopic = new("hydrogene", "Hydrogène");
    public static readonly SearchTerm WindTopic = new("eolien", "Éolien");
    public static readonly SearchTerm SolarTopic = new("solaire", "Solaire");

    public static readonly SearchTerm Claire = new("claire-martin", "Claire Martin");
    public static readonly SearchTerm Paul = new("paul-durand", "Paul Durand");
    public static readonly SearchTerm Jane = new("jane-smith", "Jane Smith");

    public static SearchDocument[] All() =>
    [
        new()
        {
            Id = Renovation,
            Path = "renovation-energetique-logements",
            Language = "fr",
            Title = "La rénovation énergétique des logements, chantier prioritaire",
            Dek = "Isoler avant de chauffer : ce que disent les chiffres.",
            Body = "Un logement mal isolé perd jusqu'à 30 % de sa chaleur par la toiture. La rénovation globale, "
                + "qui combine isolation des murs, changement des fenêtres et installation d'une pompe à chaleur, "
                + "divise la facture par trois. Les aides publiques restent pourtant concentrées sur les gestes isolés.",
            PublishedUtc = new DateTime(2024, 3, 10, 8, 0, 0, DateTimeKind.Utc),
            IsPublished = true,
            Topics = [RenovationTopic, TransitionTopic],
            Experts = [Claire],
        },
        new()
        {
            Id = Electricity,
            Path = "prix-electricite-2024",
            Language = "fr",
            Title = "Pourquoi le prix de l'électricité a doublé",
            Dek = "Le marché européen fixe le prix sur la dernière centrale appelée.",
            Body = "Le prix de gros de l'électricité suit celui du gaz, car la dernière centrale appelée est souvent "
                + "une centrale à gaz. Les réseaux électriques européens sont interconnectés et les besoins "
                + "énergétiques de l'hiver tirent les prix vers le haut.",
            PublishedUtc = new DateTime(2024, 1, 15, 9, 30, 0, DateTimeKind.Utc),
            IsPublished = true,
            Topics = [ElectricityTopic, GridsTopic],
            Experts = [Paul],
        },
        new()
        {
            Id = SmartGrids,
            Path = "smart-grids-heating",
            Language = "en",
            Title = "How smart grids make heating cheaper",
            Dek = "Flexible demand is the cheapest power plant.",
            Body = "Smart grids shift heating to the hours when wind and solar power are plentiful. A heat pump "
                + "that waits twenty minutes costs the household nothing and saves the grid a gas peaker.",
            PublishedUtc = new DateTime(2024, 2, 20, 7, 0, 0, DateTimeKind.Utc),
            IsPublished = true,
            Topics = [GridsTopic, TransitionTopic],
            Experts = [Jane],
        },
        new()
        {
            Id = Insulation,
            Path = "insulation-old-homes",
            Language = "en",
            Title = "Renovations that pay back: insulating old homes",
            Dek = "Loft insulation first, then windows.",
            Body = "Deep renovations of old homes start with the roof: loft insulation pays back in under five years. "
                + "Replacing single glazing comes next, and only then a heat pump sized for the insulated house.",
            PublishedUtc = new DateTime(2023, 11, 5, 12, 0, 0, DateTimeKind.Utc),
            IsPublished = true,
            Topics = [RenovationTopic],
            Experts = [Jane],
        },
        new()
        {
            Id = HydrogenDraft,
            Path = "hydrogene-vert-brouillon",
            Language = "fr",
            Title = "Hydrogène vert : promesse ou mirage ?",
            Dek = "Brouillon en relecture.",
            Body = "L'hydrogène produit par électrolyse avec de l'électricité renouvelable reste trois fois plus cher "
                + "que l'hydrogène issu du gaz fossile.",
            PublishedUtc = new DateTime(2024, 4, 1, 10, 0, 0, DateTimeKind.Utc),
            IsPublished = false,
            Topics = [HydrogenTopic, TransitionTopic],
            Experts = [Claire],
        },
        new()
        {
            Id = OffshoreWind,
            Path = "eolien-en-mer",
            Language = "fr",
            Title = "Éolien en mer : le vent tourne enfin",
            Dek = "Six parcs en construction sur la façade atlantique.",
            Body = "Les parcs éoliens en mer produisent deux fois plus que leurs cousins terrestres. "
                + "La transition énergétique passe par eux, mais le raccordement au réseau prend encore dix ans.",
            PublishedUtc = new DateTime(2023, 6, 30, 6, 0, 0, DateTimeKind.Utc),
            IsPublished = true,
            Topics = [WindTopic, TransitionTopic],
            Experts = [Paul],
        },
        new()
        {
            Id = Solar,
            Path = "solar-panels-every-roof",
            Language = "en",
            Title = "Solar panels on every roof",
            Dek = "Rooftop solar is now cheaper than grid power in southern Europe.",
            Body = "Panel prices fell by 90 % in a decade. With net metering, a household in Seville recovers the cost "
                + "of its rooftop solar panels in six years, and the energy transition gains a million small producers.",
            PublishedUtc = new DateTime(2024, 5, 1, 15, 0, 0, DateTimeKind.Utc),
            IsPublished = true,
            Topics = [SolarTopic, TransitionTopic],
            Experts = [Jane],
        },
        new()
        {
            Id = Sobriety,
            Path = "sobriete-gestes-hiver",
            Language = "fr",
            Title = "Sobriété : les bons gestes pour l'hiver",
            Dek = "Un degré de moins, c'est 7 % d'économie.",
            Body = "Baisser le chauffage d'un degré, fermer les volets la nuit, régler le poêle à bois : la sobriété "
                + "se joue dans chaque foyer, sans attendre les grands chantiers.",
            PublishedUtc = new DateTime(2022, 12, 1, 7, 0, 0, DateTimeKind.Utc),
            IsPublished = true,
            Topics = [TransitionTopic],
            Experts = [Claire],
        },
    ];

    public static SearchDocument Article(int id, string language, string title, string body, DateTime? publishedUtc = null, bool published = true) => new()
    {
        Id = id,
        Path = "article-" + id,
        Language = language,
        Title = title,
        Body = body,
        PublishedUtc = publishedUtc ?? new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(id),
        IsPublished = published,
    };
}
