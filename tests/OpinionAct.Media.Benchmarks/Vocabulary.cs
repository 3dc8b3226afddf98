namespace OpinionAct.Media.Benchmarks;

/// <summary>Real words of the energy-transition domain, in French and English, with plural and verb forms derived by rule.</summary>
internal static class Vocabulary
{
    private const string FrenchNouns = """
        énergie électricité chaleur rénovation isolation chauffage climatisation réseau centrale barrage éolienne
        panneau toiture façade fenêtre mur plancher combles logement bâtiment immeuble maison appartement quartier
        ville commune région territoire département pays europe continent marché prix tarif facture consommation
        production stockage batterie hydrogène méthane biogaz biométhane gaz pétrole charbon uranium réacteur
        nucléaire solaire photovoltaïque géothermie biomasse bois granulé chaudière pompe radiateur thermostat
        compteur capteur câble pylône transformateur poste ligne interconnexion frontière flexibilité effacement
        pointe demande offre équilibre fréquence tension puissance capacité rendement efficacité sobriété économie
        investissement subvention aide prime crédit impôt taxe carbone quota émission pollution climat température
        réchauffement canicule sécheresse inondation tempête hiver été saison année décennie siècle objectif
        trajectoire scénario stratégie politique gouvernement ministre ministère parlement loi décret règlement
        norme label diagnostic audit étiquette classe passoire propriétaire locataire ménage famille foyer
        entreprise industrie usine acier ciment verre chimie agriculture élevage forêt sol eau rivière fleuve mer
        océan littoral port navire transport voiture véhicule camion autobus train tramway vélo route autoroute
        borne recharge carburant essence diesel moteur mobilité trajet distance kilomètre kilowatt mégawatt
        gigawatt térawatt heure jour semaine mois calendrier chantier artisan entreprise filière emploi métier
        formation compétence ingénieur technicien chercheur laboratoire université innovation brevet prototype
        démonstrateur pilote expérimentation évaluation mesure donnée statistique indicateur rapport étude analyse
        enquête sondage opinion citoyen habitant usager consommateur client abonné fournisseur opérateur
        gestionnaire distributeur producteur régulateur commission autorité agence collectivité syndicat
        association coopérative communauté partage autoconsommation injection raccordement file attente délai
        procédure permis autorisation recours contentieux concertation débat consultation acceptabilité paysage
        biodiversité oiseau chauve-souris faune flore habitat écosystème ressource matière recyclage déchet
        réemploi durabilité cycle vie empreinte bilan comptabilité neutralité compensation captage séquestration
        puits stockage souterrain cavité saline électrolyseur électrolyse pile combustible turbine alternateur
        générateur onduleur module cellule silicium lithium cobalt nickel cuivre aluminium métal mine extraction
        importation exportation dépendance souveraineté sécurité approvisionnement pénurie crise guerre conflit
        inflation croissance récession budget dette déficit financement banque fonds épargne rentabilité coût
        bénéfice marge risque assurance garantie contrat appel enchère lauréat projet parc ferme site terrain
        foncier urbanisme densité étalement artificialisation friche bâti patrimoine monument architecte chauffagiste
        plombier électricien couvreur menuisier maçon isolant laine ouate cellulose polystyrène brique béton
        enduit vitrage double triple ventilation étanchéité infiltration pont thermique confort humidité
        moisissure santé précarité pauvreté inégalité justice transition révolution mutation changement rupture
        continuité stabilité résilience adaptation atténuation vulnérabilité exposition aléa catastrophe
        prévention prévision météo modèle simulation optimisation algorithme logiciel numérique plateforme
        application domotique pilotage automatisme intelligence calcul serveur centre refroidissement rejet
        récupération valorisation cogénération chaufferie incinérateur méthaniseur digestat fumier lisier culture
        engrais azote irrigation pompage station hydroélectricité retenue turbinage marée houle courant vent
        ensoleillement rayonnement gisement potentiel cartographie planification programmation appel offre
        tarification abonnement heure creuse bouclier gel plafond hausse baisse record moyenne médiane écart
        """;

    private const string FrenchAdjectives = """
        énergétique électrique thermique solaire éolien nucléaire renouvelable fossile bas carbone propre vert
        durable sobre efficace performant isolé ancien neuf collectif individuel social public privé local
        régional national européen mondial international industriel résidentiel tertiaire agricole urbain rural
        littoral marin terrestre flottant souterrain décentralisé centralisé intelligent connecté numérique
        automatique manuel rapide lent lourd léger coûteux abordable rentable compétitif subventionné réglementé
        libéralisé volatil stable instable fiable sûr dangereux toxique polluant sain confortable humide sec
        chaud froid tempéré extrême annuel mensuel quotidien horaire saisonnier hivernal estival prioritaire
        urgent nécessaire possible difficile complexe simple clair ambitieux réaliste prudent optimiste pessimiste
        critique favorable défavorable majeur mineur important essentiel central principal secondaire massif
        progressif brutal soudain durable temporaire permanent global partiel total net brut moyen maximal
        minimal supplémentaire additionnel complémentaire alternatif hybride mixte biologique chimique physique
        mécanique technique économique financier budgétaire fiscal juridique politique démocratique citoyen
        participatif coopératif solidaire équitable juste injuste précaire modeste aisé riche pauvre
        """;

    private const string FrenchVerbs = """
        isoler chauffer rénover produire consommer stocker transporter distribuer raccorder investir financer
        subventionner réduire baisser augmenter doubler tripler diviser multiplier remplacer installer construire
        démanteler fermer ouvrir prolonger planifier programmer piloter mesurer évaluer comparer analyser
        publier annoncer décider voter adopter appliquer contrôler sanctionner encourager inciter accompagner
        former recruter embaucher licencier exporter importer acheter vendre payer facturer économiser dépenser
        gaspiller recycler réemployer valoriser récupérer capter séquestrer compenser émettre polluer protéger
        préserver restaurer adapter anticiper prévoir simuler optimiser automatiser numériser connecter partager
        mutualiser coopérer négocier contester débattre consulter informer sensibiliser convaincre accélérer
        ralentir freiner bloquer débloquer autoriser refuser attendre espérer craindre promettre tenir atteindre
        dépasser manquer réussir échouer
        """;

    private const string FrenchFunctionWords = """
        le la les un une des du de d l au aux et ou mais donc car ni que qui quoi dont où ce cette ces son sa ses
        leur leurs notre nos votre vos il elle ils elles on nous vous se en y ne pas plus moins très trop peu
        beaucoup aussi encore déjà toujours jamais souvent parfois ici là dans sur sous avec sans pour par entre
        vers chez depuis pendant avant après selon contre malgré est sont était a ont avait sera seront peut
        doit faut fait font comme si bien tout tous toute toutes chaque autre autres même
        """;

    private const string EnglishNouns = """
        energy electricity heat renovation insulation heating cooling grid plant dam turbine panel roof wall
        window floor loft home house building apartment flat neighbourhood city town region country europe
        market price tariff bill consumption production storage battery hydrogen methane biogas gas oil coal
        uranium reactor nuclear solar photovoltaic geothermal biomass wood pellet boiler pump radiator thermostat
        meter sensor cable pylon transformer substation line interconnector border flexibility demand supply
        balance frequency voltage power capacity output efficiency sufficiency saving investment subsidy grant
        loan tax carbon allowance emission pollution climate temperature warming heatwave drought flood storm
        winter summer season year decade century target pathway scenario strategy policy government minister
        ministry parliament law regulation standard label audit certificate rating landlord tenant household
        family business industry factory steel cement glass chemical farming livestock forest soil water river
        sea ocean coast port ship transport car vehicle truck lorry bus train tram bicycle road motorway charger
        charging fuel petrol diesel engine mobility journey distance kilometre kilowatt megawatt gigawatt
        terawatt hour day week month schedule contractor installer worker job skill training engineer
        technician researcher laboratory university innovation patent prototype pilot trial evaluation
        measurement data statistic indicator report study analysis survey poll opinion citizen resident user
        consumer customer supplier operator distributor producer regulator commission authority agency council
        union association cooperative community sharing connection queue delay permit approval appeal lawsuit
        consultation debate acceptance landscape biodiversity bird bat wildlife habitat ecosystem resource
        material recycling waste reuse durability lifecycle footprint balance accounting neutrality offset
        capture sequestration well cavern electrolyser electrolysis cell generator inverter module silicon
        lithium cobalt nickel copper aluminium metal mine mining import export dependence sovereignty security
        shortage crisis war conflict inflation growth recession budget debt deficit finance bank fund savings
        profitability cost benefit margin risk insurance guarantee contract auction tender winner project farm
        site land planning density sprawl heritage architect plumber electrician roofer carpenter mason
        insulant wool cellulose polystyrene brick concrete plaster glazing ventilation airtightness draught
        bridge comfort humidity mould health poverty inequality justice transition revolution change shift
        disruption continuity stability resilience adaptation mitigation vulnerability exposure hazard
        disaster prevention forecast weather model simulation optimisation algorithm software platform
        application automation intelligence computing server centre cooling recovery cogeneration incinerator
        digester manure crop fertiliser nitrogen irrigation pumping station hydropower reservoir tide wave
        current wind sunshine radiation resource potential map programme peak trough cap rise fall record
        average median gap homeowner retrofit heatpump smartmeter interconnection curtailment backup baseload
        """;

    private const string EnglishAdjectives = """
        clean green renewable fossil low high electric thermal solar offshore onshore nuclear efficient old new
        collective individual social public private local regional national european global international
        industrial residential commercial agricultural urban rural coastal floating underground decentralised
        centralised smart connected digital automatic manual fast slow heavy light expensive affordable
        profitable competitive subsidised regulated liberalised volatile stable unstable reliable safe dangerous
        toxic polluting healthy comfortable damp dry warm cold mild extreme annual monthly daily hourly seasonal
        urgent necessary possible difficult complex simple clear ambitious realistic cautious optimistic
        pessimistic critical favourable major minor important essential central main secondary massive gradual
        sudden temporary permanent partial total net gross average maximum minimum additional alternative
        hybrid mixed biological chemical physical mechanical technical economic financial fiscal legal
        political democratic participatory fair unfair poor wealthy modest flexible variable intermittent
        dispatchable firm cheap costly deep shallow thin thick efficient inefficient leaky draughty
        """;

    private const string EnglishVerbs = """
        insulate heat renovate retrofit produce consume store transport distribute connect invest finance
        subsidise reduce cut lower raise increase double triple replace install build dismantle close open extend
        plan schedule manage measure assess compare analyse publish announce decide vote adopt enforce monitor
        encourage support train hire export import buy sell pay charge save spend waste recycle reuse recover
        capture offset emit pollute protect preserve restore adapt anticipate forecast simulate optimise automate
        digitise share pool negotiate challenge debate consult inform convince accelerate slow block unlock
        approve refuse wait hope fear promise reach exceed miss succeed fail balance shift curtail
        """;

    private const string EnglishFunctionWords = """
        the a an and or but so because if that which who whom whose this these those its their our your his her
        it they we you he she in on at by for with without from to into onto over under between among through
        during before after since until against despite about is are was were be been has have had will would
        can could should must may might not no more less most least very too also still already always never
        often sometimes here there each every other another same such than then
        """;

    // French adjectives agree in number; English ones do not.
    public static readonly string[] FrenchContent = Build(FrenchNouns, FrenchAdjectives, FrenchVerbs, FrenchPlural, FrenchPlural, FrenchVerbForms);

    public static readonly string[] EnglishContent = Build(EnglishNouns, EnglishAdjectives, EnglishVerbs, EnglishPlural, null, EnglishVerbForms);

    public static readonly string[] FrenchFunction = Split(FrenchFunctionWords);

    public static readonly string[] EnglishFunction = Split(EnglishFunctionWords);

    public static int Count => FrenchContent.Length + EnglishContent.Length;

    private static string[] Build(
        string nouns,
        string adjectives,
        string verbs,
        Func<string, string> nounPlural,
        Func<string, string>? adjectivePlural,
        Func<string, IEnumerable<string>> verbForms)
    {
        // Base forms first so that Zipf sampling by rank favours them over derived forms.
        var words = new List<string>();
        words.AddRange(Split(nouns));
        words.AddRange(Split(adjectives));
        words.AddRange(Split(verbs));
        words.AddRange(Split(nouns).Select(nounPlural));
        if (adjectivePlural is not null)
        {
            words.AddRange(Split(adjectives).Select(adjectivePlural));
        }

        words.AddRange(Split(verbs).SelectMany(verbForms));
        return words.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string[] Split(string words) =>
        words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();

    private static string FrenchPlural(string word) => word switch
    {
        _ when word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') => word,
        _ when word.EndsWith("al", StringComparison.Ordinal) => word[..^2] + "aux",
        _ when word.EndsWith("eau", StringComparison.Ordinal) || word.EndsWith("eu", StringComparison.Ordinal) => word + "x",
        _ => word + "s",
    };

    private static IEnumerable<string> FrenchVerbForms(string verb)
    {
        if (verb.EndsWith("er", StringComparison.Ordinal))
        {
            var stem = verb[..^2];
            return [stem + "é", stem + "ée", stem + "ent", stem + "ons", stem + "ait"];
        }

        if (verb.EndsWith("ir", StringComparison.Ordinal))
        {
            var stem = verb[..^2];
            return [stem + "it", stem + "issent", stem + "i"];
        }

        return [];
    }

    private static string EnglishPlural(string word) => word switch
    {
        _ when word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal) => word + "es",
        _ when word.EndsWith('y') && word.Length > 2 && !"aeiou".Contains(word[^2], StringComparison.Ordinal) => word[..^1] + "ies",
        _ => word + "s",
    };

    private static IEnumerable<string> EnglishVerbForms(string verb)
    {
        var stem = verb.EndsWith('e') ? verb[..^1] : verb;
        return [EnglishPlural(verb), stem + "ing", stem + "ed"];
    }
}
