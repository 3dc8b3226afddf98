namespace OpinionAct.Media.Benchmarks.Bdn;

/// <summary>
/// A realistic article body as an expert hub's author writes it (about 1,000 words of French
/// with headings, emphasis, links, lists, a table, a quote, an image and footnotes), and a short
/// expert bio: the two Markdown texts the public site renders most.
/// </summary>
internal static class SampleArticle
{
    public const string Title = "Le réseau électrique face au mur des raccordements";

    public const string Bio = """
        **Claire Martin** a passé dix ans à planifier le *réseau de transport* avant de rejoindre
        [Voltéa](https://voltea.exemple.fr), où elle dirige les études de raccordement. Docteure en
        économie de l'énergie, elle enseigne la régulation des réseaux à l'université Paris-Dauphine.
        """;

    public const string Markdown = """
        En 2025, **près de 40 GW** de projets attendaient un raccordement au réseau de transport, soit
        davantage que la puissance de tout le parc nucléaire en fonctionnement au même moment.[^1] Éolien,
        solaire, stockage, électrolyseurs, centres de données : la file d'attente s'allonge plus vite que
        les chantiers ne s'ouvrent, et les gestionnaires de réseau reconnaissent qu'ils ne suivront pas
        au rythme actuel.

        ![Pylônes à haute tension au coucher du soleil](https://energies-demain.exemple.fr/demo/media/cover-1.jpg "Ligne 400 kV dans la vallée du Rhône")

        ## Une file d'attente qui s'allonge

        Le délai médian de raccordement d'un parc éolien terrestre dépasse désormais **trois ans**, contre
        dix-huit mois en 2018. Pour un parc solaire au sol de plus de 12 MW, il faut compter deux ans et
        demi, et parfois bien plus lorsque le poste source voisin est déjà saturé. Les développeurs le
        disent sans détour : le réseau est devenu le premier risque de leurs projets, avant même les
        recours et les permis.

        Cette attente a un coût. Un projet qui patiente trois ans immobilise des capitaux, voit ses
        contrats d'achat renégociés et, parfois, perd sa place dans les appels d'offres de la
        [Commission de régulation de l'énergie](https://www.cre.fr/). Selon une estimation du syndicat
        des énergies renouvelables, chaque année de retard renchérit le mégawattheure produit de
        *4 à 7 %*.[^2]

        ### Pourquoi les postes saturent

        Trois raisons reviennent chez tous les interlocuteurs :

        1. **La géographie a changé.** Les centrales d'hier étaient peu nombreuses et proches des grands
           axes ; les parcs d'aujourd'hui sont dispersés dans des zones rurales où le réseau est faible.
        2. **Les demandes arrivent en grappes.** Quand un territoire offre du foncier et du vent, dix
           projets se présentent au même poste la même année.
        3. **Les règles de file d'attente datent d'un autre temps.** Le principe du « premier arrivé,
           premier servi » récompense les dossiers déposés tôt, pas les projets les plus mûrs.

        ## Ce que prévoit le schéma décennal

        Le gestionnaire du réseau de transport a publié son schéma décennal de développement, qui chiffre
        les besoins d'ici 2040. Les montants sont sans précédent :

        | Poste de dépense | 2025–2030 | 2031–2040 | Total |
        |:-----------------|----------:|----------:|------:|
        | Raccordement des énergies en mer | 11 Md€ | 26 Md€ | 37 Md€ |
        | Renforcement du réseau existant | 9 Md€ | 15 Md€ | 24 Md€ |
        | Renouvellement des ouvrages anciens | 6 Md€ | 13 Md€ | 19 Md€ |
        | Interconnexions avec les voisins | 2 Md€ | 4 Md€ | 6 Md€ |
        | **Ensemble** | **28 Md€** | **58 Md€** | **86 Md€** |

        Ces investissements seront payés par le tarif d'utilisation des réseaux, donc par les
        consommateurs. La question n'est pas seulement *combien*, mais *à quel rythme* : un réseau
        construit trop tôt coûte cher, un réseau construit trop tard bloque la transition.

        > « Le réseau n'a pas été dessiné pour des milliers de petits producteurs. Il faut le repenser
        > comme une infrastructure de distribution à double sens, pas comme un tuyau descendant. »
        >
        > — Karim Benali, responsable prospective chez Voltéa

        ## Les pistes pour aller plus vite

        Plusieurs leviers sont sur la table, et aucun ne suffira seul.

        - **Anticiper les renforcements** en construisant avant que les projets ne soient tous
          identifiés, sur la base de zones d'accélération définies avec les communes.
        - **Raccorder « à capacité réduite »** : accepter qu'un parc soit écrêté quelques heures par an
          plutôt que d'attendre un renforcement complet. Les premiers retours d'expérience montrent une
          perte de production inférieure à 1 %.
        - **Réformer la file d'attente** en exigeant des garanties financières et en retirant les
          projets dormants, comme l'ont fait le Royaume-Uni et l'Espagne.
        - **Mutualiser les postes** entre producteurs et gros consommateurs, notamment les
          électrolyseurs, qui peuvent absorber l'électricité au moment où le vent souffle.

        Le stockage par batteries, longtemps vu comme un concurrent du réseau, devient un allié : placé
        au bon endroit, il lisse les pointes d'injection et libère de la capacité. Encore faut-il que la
        réglementation permette au gestionnaire de le commander, ce qui n'est pas le cas aujourd'hui.

        ### Le précédent britannique

        Outre-Manche, la file d'attente atteignait plus de **700 GW** en 2024, dont une bonne part de
        projets fantômes. Le régulateur a imposé une réforme dite *« gate 2 »* : seuls les projets
        disposant du foncier et d'un calendrier crédible conservent leur rang. En six mois, près de la
        moitié des demandes ont été retirées ou reclassées.[^3] L'exemple est suivi de près à Paris, même
        si le volume français reste sans commune mesure.

        ## Ce qui reste incertain

        Deux inconnues pèsent sur la trajectoire. La première est la **demande** : l'électrification des
        usages (véhicules, pompes à chaleur, industrie) progresse moins vite que prévu, et un réseau
        dimensionné pour une consommation qui ne vient pas serait un actif échoué. La seconde est
        l'**acceptabilité** : une ligne à haute tension demande en moyenne huit ans entre l'annonce et la
        mise en service, dont une large part en concertation et en contentieux.

        Pour les territoires, l'enjeu est concret. Une commune qui accueille un parc attend des
        retombées fiscales ; si le raccordement tarde, elle attend aussi. Les élus locaux réclament
        désormais d'être associés à la planification des postes, au même titre qu'à celle des zones
        d'implantation.

        ## En résumé

        - [x] La file d'attente dépasse la puissance du parc nucléaire.
        - [x] Le schéma décennal chiffre les besoins à 86 Md€ d'ici 2040.
        - [ ] La réforme de la file d'attente reste à écrire.
        - [ ] Le stockage n'a pas encore de cadre qui permette au réseau de s'en servir.

        Le réseau électrique est longtemps resté l'infrastructure invisible de la transition. Il en est
        devenu le goulet d'étranglement, et le débat public commence seulement à s'en emparer. Pour aller
        plus loin, voir notre dossier sur [la flexibilité de la demande](/demo/themes/flexibilite) et
        l'entretien avec [Claire Martin](/demo/experts/claire-martin).

        [^1]: RTE, *Schéma décennal de développement du réseau*, édition 2025, chapitre 3.
        [^2]: Syndicat des énergies renouvelables, *Observatoire des délais de raccordement*, 2025.
        [^3]: Ofgem, *Connections reform: decision on gate 2*, 2025.
        """;
}
