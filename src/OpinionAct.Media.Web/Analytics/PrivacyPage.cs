using System.Globalization;
using OpinionAct.Media.Analytics;
using static OpinionAct.Media.Web.Html.HtmlPage;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>The public <c>/privacy/analytics</c> page, written from the settings actually in force.</summary>
public static class PrivacyPage
{
    public static (string Title, string Html) Build(AnalyticsOptions options, int proxies, string language, string siteName)
    {
        var days = options.RetentionDays.ToString(CultureInfo.InvariantCulture);
        var limit = options.EventsPerMinutePerVisitor.ToString(CultureInfo.InvariantCulture);
        var addressLimit = options.AddressLimit.ToString(CultureInfo.InvariantCulture);
        if (language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return ("Audience measurement", $"""
                <p>{E(siteName)} measures its audience itself, without cookies, without any identifier stored in your browser and without third parties. The figures only tell the editors which topics are useful to readers.</p>
                <h2>What is collected</h2>
                <ul>
                <li>The page viewed, the site or search engine you came from (its host name only) and campaign tags (<code>utm_*</code>) in the link.</li>
                <li>How long the page was visible while you were active, and how far you scrolled.</li>
                <li>Searches on this site and which result you opened; clicks on links to other sites and share buttons (their host only); newsletter sign-ups (the event, never the address).</li>
                </ul>
                <h2>What is not collected</h2>
                <p>No cookie, no local storage, no fingerprinting. Your IP address and browser identification are never stored. They are combined with the site's name and a random secret that changes every day (UTC) into a one-way code, so that a visit can be counted once per day.</p>
                <h2>How long</h2>
                <ul>
                <li>Each day's secret is kept for that day and the next, then destroyed. Meanwhile each event also carries the code made with the previous day's secret, so that a reader seen on both days counts as returning; that second code is erased when the secret it was made with is destroyed (from an event not yet counted by then, as soon as it is counted). After that, nobody (including us) can link a code to an address, nor one day's codes to another day's: readers are recognised at most one day later ("returning readers"), never beyond.</li>
                <li>Individual events, with their day's code, are deleted after {days} days; only daily totals remain (per page, source, campaign, topic and author, including the number of distinct readers), with no code in them.</li>
                <li>At most {limit} events per minute are accepted from one reader, and {addressLimit} from one network address.</li>
                </ul>
                <h2>Your choice</h2>
                <p>If your browser sends <strong>Do Not Track</strong> or <strong>Global Privacy Control</strong>, the measurement script sends nothing at all. Blocking the script <code>t.js</code> has the same effect and changes nothing else on the site.</p>
                <p>{(proxies == 0 ? "Addresses are read from the connection itself." : $"Addresses are read behind {proxies} trusted proxy server(s) of ours.")}</p>
                """);
        }

        return ("Mesure d'audience", $"""
            <p>{E(siteName)} mesure son audience elle-même, sans cookie, sans identifiant enregistré dans votre navigateur et sans tiers. Les chiffres servent uniquement à savoir quels sujets sont utiles aux lecteurs.</p>
            <h2>Ce qui est collecté</h2>
            <ul>
            <li>La page vue, le site ou moteur de recherche d'où vous venez (son nom d'hôte seulement) et les étiquettes de campagne (<code>utm_*</code>) du lien.</li>
            <li>Le temps pendant lequel la page était visible et vous actif, et jusqu'où vous avez fait défiler.</li>
            <li>Les recherches sur ce site et le résultat ouvert ; les clics vers d'autres sites et les boutons de partage (leur nom d'hôte seulement) ; les inscriptions à la lettre d'information (l'événement, jamais l'adresse).</li>
            </ul>
            <h2>Ce qui n'est pas collecté</h2>
            <p>Aucun cookie, aucun stockage local, aucune empreinte du navigateur. Votre adresse IP et l'identification de votre navigateur ne sont jamais enregistrées : elles sont combinées avec le nom du site et un secret aléatoire qui change chaque jour (UTC) en un code à sens unique, pour compter une visite une fois par jour.</p>
            <h2>Combien de temps</h2>
            <ul>
            <li>Le secret de chaque jour est gardé ce jour-là et le suivant, puis détruit. Entre-temps, chaque événement porte aussi le code calculé avec le secret de la veille, pour qu'un lecteur venu les deux jours compte comme fidèle ; ce second code est effacé quand le secret qui l'a produit est détruit (d'un événement pas encore compté à ce moment-là, dès qu'il l'est). Ensuite, personne (nous compris) ne peut relier un code à une adresse, ni les codes d'un jour à ceux d'un autre : un lecteur est reconnu au plus le lendemain (« lecteurs fidèles »), jamais au-delà.</li>
            <li>Les événements individuels, avec le code de leur jour, sont supprimés après {days} jours ; ne restent que des totaux quotidiens (par page, provenance, campagne, sujet et auteur, y compris le nombre de lecteurs distincts), sans aucun code.</li>
            <li>Au plus {limit} événements par minute sont acceptés d'un même lecteur, et {addressLimit} d'une même adresse réseau.</li>
            </ul>
            <h2>Votre choix</h2>
            <p>Si votre navigateur envoie <strong>Do Not Track</strong> ou <strong>Global Privacy Control</strong>, le script de mesure n'envoie rien du tout. Bloquer le script <code>t.js</code> a le même effet et ne change rien d'autre sur le site.</p>
            <p>{(proxies == 0 ? "Les adresses sont lues sur la connexion elle-même." : $"Les adresses sont lues derrière {proxies} serveur(s) mandataire(s) de confiance.")}</p>
            """);
    }
}
