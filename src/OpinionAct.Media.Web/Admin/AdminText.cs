using System.Collections.Frozen;
using System.Globalization;

namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// The admin's UI strings in English and French, one entry per key with both languages side by
/// side, so neither language can miss a string. A missing key shows as <c>[[key]]</c> (tests look for it).
/// </summary>
public sealed partial class AdminText
{
    private static readonly (string Key, string En, string Fr)[] Entries =
    [
        ("admin", "Admin", "Administration"),
        ("skip", "Skip to content", "Aller au contenu"),
        ("signout", "Sign out", "Se déconnecter"),
        ("nav.label", "Admin sections", "Rubriques de l'administration"),
        ("nav.articles", "Articles", "Articles"),
        ("nav.topics", "Topics", "Thèmes"),
        ("nav.experts", "Experts", "Experts"),
        ("nav.pages", "Pages", "Pages"),
        ("nav.redirects", "Redirects", "Redirections"),
        ("nav.settings", "Settings", "Réglages"),
        ("nav.people", "People", "Équipe"),
        ("nav.site", "View site", "Voir le site"),

        ("login.title", "Sign in", "Connexion"),
        ("login.password", "Password", "Mot de passe"),
        ("login.submit", "Sign in", "Se connecter"),
        ("login.failed", "Unknown email or wrong password. After 5 failures from this connection, sign-in pauses for 15 minutes.", "Adresse inconnue ou mot de passe erroné. Après 5 échecs depuis cette connexion, la connexion est suspendue 15 minutes."),
        ("login.throttled", "Too many failed attempts from this connection. Wait a few minutes, then try again.", "Trop d'échecs depuis cette connexion. Patientez quelques minutes, puis réessayez."),
        ("login.norole", "This account has no role on this site; ask an Admin.", "Ce compte n'a aucun rôle sur ce site ; demandez à un administrateur."),

        ("forbidden.title", "Not allowed", "Accès refusé"),
        ("forbidden.text", "Your role does not allow this. Authors edit their own drafts; Editors and Admins publish; Admins manage settings and people.", "Votre rôle ne le permet pas. Les auteurs modifient leurs brouillons ; éditeurs et administrateurs publient ; les administrateurs gèrent réglages et équipe."),
        ("notfound.title", "Not found", "Introuvable"),
        ("notfound.text", "This item does not exist (or no longer exists) on this site.", "Cet élément n'existe pas (ou plus) sur ce site."),
        ("badform.title", "Form expired", "Formulaire expiré"),
        ("badform.text", "This form could not be verified (it may be too old, or come from another site). Nothing was saved. Go back, reload the page and try again.", "Ce formulaire n'a pas pu être vérifié (trop ancien, ou venu d'un autre site). Rien n'a été enregistré. Revenez en arrière, rechargez la page et réessayez."),
        ("errors.title", "Please correct the following", "Merci de corriger les points suivants"),

        ("status.Draft", "Draft", "Brouillon"),
        ("status.Scheduled", "Scheduled", "Programmé"),
        ("status.Published", "Published", "Publié"),
        ("status.Archived", "Archived", "Archivé"),
        ("lang.fr", "French", "Français"),
        ("lang.en", "English", "Anglais"),

        ("col.status", "Status", "Statut"),
        ("col.date", "Date", "Date"),
        ("col.updated", "Updated", "Modifié"),
        ("col.owner", "Created by", "Créé par"),
        ("col.action", "Actions", "Actions"),

        ("filter.label", "Filter articles", "Filtrer les articles"),
        ("filter.search", "Title or dek contains", "Titre ou chapô contenant"),
        ("filter.any", "Any", "Tous"),
        ("filter.mine", "Mine only", "Les miens seulement"),
        ("filter.submit", "Filter", "Filtrer"),
        ("articles.count", "{0} article(s)", "{0} article(s)"),
        ("articles.empty", "No article matches.", "Aucun article ne correspond."),
        ("page.label", "Pages of results", "Pages de résultats"),
        ("page.previous", "Previous page", "Page précédente"),
        ("page.next", "Next page", "Page suivante"),
        ("page.of", "Page {0} of {1}", "Page {0} sur {1}"),

        ("article.new", "New article", "Nouvel article"),
        ("article.edit", "Edit: {0}", "Modifier : {0}"),
        ("article.readonly", "You can read this article but not change it: Authors edit only their own drafts.", "Vous pouvez lire cet article mais pas le modifier : les auteurs ne modifient que leurs propres brouillons."),
        ("article.content", "Content", "Contenu"),
        ("article.links", "Topics and experts", "Thèmes et experts"),
        ("article.seo", "Search engines", "Moteurs de recherche"),
        ("article.workflow", "Save and publish", "Enregistrer et publier"),
        ("article.published_on", "since {0}", "depuis le {0}"),
        ("article.scheduled_for", "for {0} ({1})", "pour le {0} ({1})"),
        ("article.updated_on", "updated {0}", "modifié le {0}"),
        ("article.revisions", "{0} revision(s)", "{0} version(s)"),
        ("article.view", "View on the site", "Voir sur le site"),
        ("preview.title", "Preview", "Aperçu"),
        ("preview.empty", "Press Preview (or type in the body) to see the rendered article.", "Cliquez sur Aperçu (ou tapez dans le corps) pour voir l'article mis en forme."),

        ("action.save", "Save draft", "Enregistrer le brouillon"),
        ("action.save_published", "Save changes", "Enregistrer les modifications"),
        ("action.save_plain", "Save", "Enregistrer"),
        ("action.preview", "Preview", "Aperçu"),
        ("action.publish", "Publish now", "Publier maintenant"),
        ("action.schedule", "Schedule", "Programmer"),
        ("action.unpublish", "Unpublish", "Dépublier"),
        ("action.archive", "Archive", "Archiver"),
        ("action.delete", "Delete", "Supprimer"),
        ("action.delete_named", "Delete {0}", "Supprimer {0}"),
        ("action.add", "Add", "Ajouter"),

        ("done.created", "Article created.", "Article créé."),
        ("done.save", "Saved.", "Enregistré."),
        ("done.publish", "Published.", "Publié."),
        ("done.schedule", "Scheduled.", "Programmé."),
        ("done.unpublish", "Unpublished: back to draft.", "Dépublié : retour en brouillon."),
        ("done.archive", "Archived.", "Archivé."),
        ("done.restored", "Revision restored (as a new revision).", "Version restaurée (comme nouvelle version)."),
        ("done.deleted", "Deleted.", "Supprimé."),
        ("done.added", "Added.", "Ajouté."),
        ("done.role_added", "Role added.", "Rôle ajouté."),
        ("done.role_removed", "Role removed.", "Rôle retiré."),

        ("hint.path", "Address on the site, e.g. energie/renovation-2026. Leave empty to derive it from the title.", "Adresse sur le site, par ex. energie/renovation-2026. Laissez vide pour la déduire du titre."),
        ("hint.markdown", "Markdown: # heading, **bold**, [link](https://…), - list.", "Markdown : # titre, **gras**, [lien](https://…), - liste."),
        ("hint.cover", "An https:// URL or a path starting with /.", "Une URL https:// ou un chemin commençant par /."),
        ("hint.alt", "Required with a cover image: describe it for readers who cannot see it.", "Obligatoire avec une image : décrivez-la pour qui ne la voit pas."),
        ("hint.canonical", "Only when the article was first published elsewhere (absolute URL).", "Seulement si l'article a d'abord paru ailleurs (URL absolue)."),
        ("hint.sources", "Empty rows are ignored.", "Les lignes vides sont ignorées."),
        ("hint.corrections", "The public corrections log. Empty rows are ignored; an empty date means today.", "Le journal public des corrections. Les lignes vides sont ignorées ; une date vide vaut aujourd'hui."),
        ("hint.correction_date", "Day of the correction.", "Jour de la correction."),
        ("hint.schedule", "Date and time in the site's time zone ({0}), for Schedule.", "Date et heure dans le fuseau du site ({0}), pour Programmer."),
        ("hint.slug", "Lowercase letters, digits and hyphens; leave empty to derive it from the name.", "Minuscules, chiffres et tirets ; laissez vide pour le déduire du nom."),
        ("hint.from", "The old path, e.g. /ancien-article.", "L'ancien chemin, par ex. /ancien-article."),
        ("hint.to", "A path starting with / or an https:// URL.", "Un chemin commençant par / ou une URL https://."),
        ("hint.language", "Language of the public site and of this admin.", "Langue du site public et de cette administration."),
        ("hint.timezone", "IANA time zone id, e.g. Europe/Paris.", "Identifiant de fuseau IANA, par ex. Europe/Paris."),
        ("hint.social", "Label and http(s) URL. Empty rows are ignored.", "Libellé et URL http(s). Les lignes vides sont ignorées."),

        ("field.Title", "Title", "Titre"),
        ("field.Dek", "Dek (summary under the title)", "Chapô"),
        ("field.Path", "Path", "Chemin"),
        ("field.Body", "Body", "Corps de l'article"),
        ("field.CoverImage", "Cover image URL", "URL de l'image de couverture"),
        ("field.CoverAlt", "Cover image description (alt text)", "Description de l'image (texte alternatif)"),
        ("field.Language", "Language", "Langue"),
        ("field.Featured", "Featured on the home page", "À la une sur l'accueil"),
        ("field.SeoTitle", "SEO title", "Titre pour les moteurs"),
        ("field.SeoDescription", "SEO description", "Description pour les moteurs"),
        ("field.CanonicalUrl", "Canonical URL", "URL canonique"),
        ("field.Topics", "Topics", "Thèmes"),
        ("field.Experts", "Experts (bylines)", "Experts (signatures)"),
        ("field.Sources", "Sources", "Sources"),
        ("field.Sources.row", "Source", "Source"),
        ("field.Sources.Title", "Title", "Titre"),
        ("field.Sources.Url", "URL", "URL"),
        ("field.Sources.Publisher", "Publisher", "Éditeur"),
        ("field.Sources.Claim", "Claim it supports", "Affirmation étayée"),
        ("field.Corrections", "Corrections", "Corrections"),
        ("field.Corrections.row", "Correction", "Correction"),
        ("field.Corrections.Date", "Date", "Date"),
        ("field.Corrections.Text", "What was corrected", "Ce qui a été corrigé"),
        ("field.ScheduleAt", "Publish at", "Publier le"),
        ("field.Other", "Other fields", "Autres champs"),
        ("field.Name", "Name", "Nom"),
        ("field.Slug", "Slug", "Identifiant (slug)"),
        ("field.Description", "Description", "Description"),
        ("field.Parent", "Parent topic", "Thème parent"),
        ("field.JobTitle", "Job title", "Fonction"),
        ("field.Credentials", "Credentials", "Qualifications"),
        ("field.Bio", "Biography", "Biographie"),
        ("field.PhotoUrl", "Photo URL", "URL de la photo"),
        ("field.Links", "Links", "Liens"),
        ("field.Links.row", "Link", "Lien"),
        ("field.Links.Label", "Label", "Libellé"),
        ("field.Links.Url", "URL", "URL"),
        ("field.Published", "Published", "Publiée"),
        ("field.From", "From", "De"),
        ("field.To", "To", "Vers"),
        ("field.SiteName", "Site name", "Nom du site"),
        ("field.Theme", "Theme", "Thème graphique"),
        ("field.TimeZone", "Time zone", "Fuseau horaire"),
        ("field.SocialLinks", "Social links", "Réseaux sociaux"),
        ("field.SocialLinks.row", "Social link", "Lien social"),
        ("field.SocialLinks.Label", "Label", "Libellé"),
        ("field.SocialLinks.Url", "URL", "URL"),
        ("field.Email", "Email", "Adresse e-mail"),
        ("field.Role", "Role", "Rôle"),

        ("error.schedule_invalid", "Give a date and time that exists in the site's time zone.", "Indiquez une date et une heure qui existent dans le fuseau du site."),
        ("error.schedule_past", "must be in the future (use Publish now otherwise).", "doit être dans le futur (sinon, utilisez Publier maintenant)."),
        ("error.email", "is not a valid email address.", "n'est pas une adresse e-mail valide."),
        ("error.email_taken", "already has an account on this site.", "a déjà un compte sur ce site."),
        ("error.role", "is not a role of this site.", "n'est pas un rôle de ce site."),
        ("error.last_admin", "The last Admin cannot lose the Admin role: give it to someone else first.", "Le dernier administrateur ne peut pas perdre ce rôle : donnez-le d'abord à quelqu'un d'autre."),

        ("topic.new", "New topic", "Nouveau thème"),
        ("topic.edit", "Edit topic: {0}", "Modifier le thème : {0}"),
        ("topic.no_parent", "None (top level)", "Aucun (premier niveau)"),
        ("topics.none", "No topics yet.", "Aucun thème pour l'instant."),
        ("expert.new", "New expert", "Nouvel expert"),
        ("expert.edit", "Edit expert: {0}", "Modifier l'expert : {0}"),
        ("experts.none", "No experts yet.", "Aucun expert pour l'instant."),
        ("page.new", "New page", "Nouvelle page"),
        ("page.edit", "Edit page: {0}", "Modifier la page : {0}"),
        ("pages.none", "No pages yet.", "Aucune page pour l'instant."),
        ("redirect.new", "Add a redirect", "Ajouter une redirection"),
        ("redirects.none", "No redirects yet.", "Aucune redirection pour l'instant."),

        ("revisions.title", "Revisions of “{0}”", "Versions de « {0} »"),
        ("revisions.caption", "Revisions, newest first", "Versions, de la plus récente à la plus ancienne"),
        ("revisions.back", "Back to the article", "Retour à l'article"),
        ("revisions.number", "No.", "N°"),
        ("revisions.user", "By", "Par"),
        ("revisions.note", "What happened", "Opération"),
        ("revisions.system", "system (recipe or scheduler)", "système (recette ou programmation)"),
        ("revisions.restore", "Restore", "Restaurer"),
        ("revisions.restore_n", "Restore revision {0}", "Restaurer la version {0}"),
        ("revisions.from", "Compare revision", "Comparer la version"),
        ("revisions.to", "with revision", "avec la version"),
        ("revisions.compare", "Compare", "Comparer"),
        ("compare.title", "Revision {0} → revision {1}", "Version {0} → version {1}"),
        ("compare.legend", "Lines marked − were removed, lines marked + were added; only changed fields are shown.", "Les lignes marquées − ont été retirées, celles marquées + ajoutées ; seuls les champs modifiés sont affichés."),
        ("compare.same", "No difference between these revisions.", "Aucune différence entre ces versions."),
        ("compare.folded", "… {0} unchanged line(s)", "… {0} ligne(s) inchangée(s)"),
        ("compare.removed", "removed:", "retiré :"),
        ("compare.added", "added:", "ajouté :"),

        ("people.roles", "Roles", "Rôles"),
        ("people.since", "Since", "Depuis"),
        ("people.remove", "Remove", "Retirer"),
        ("people.remove_named", "Remove role {0} from {1}", "Retirer le rôle {0} à {1}"),
        ("people.role_for", "Role to add to {0}", "Rôle à ajouter à {0}"),
        ("people.add_role", "Add role", "Ajouter le rôle"),
        ("people.new", "Add a person", "Ajouter une personne"),
        ("people.cli", "Accounts can also be added from the command line:", "On peut aussi ajouter des comptes en ligne de commande :"),
        ("people.create", "Create the account", "Créer le compte"),
        ("people.created", "Account created for {0}.", "Compte créé pour {0}."),
        ("people.password", "Password:", "Mot de passe :"),
        ("people.password_once", "Give it to them through a safe channel; it is shown only this once.", "Transmettez-le par un canal sûr ; il n'est affiché qu'une fois."),
    ];

    public static readonly AdminText English = new("en", CultureInfo.GetCultureInfo("en-GB"), AllEntries().ToFrozenDictionary(e => e.Key, e => e.En, StringComparer.Ordinal));

    public static readonly AdminText French = new("fr", CultureInfo.GetCultureInfo("fr-FR"), AllEntries().ToFrozenDictionary(e => e.Key, e => e.Fr, StringComparer.Ordinal));

    private readonly FrozenDictionary<string, string> _strings;

    private AdminText(string language, CultureInfo culture, FrozenDictionary<string, string> strings)
    {
        Language = language;
        Culture = culture;
        _strings = strings;
    }

    public string Language { get; }

    public CultureInfo Culture { get; }

    public static IEnumerable<string> Keys => AllEntries().Select(e => e.Key);

    private static IEnumerable<(string Key, string En, string Fr)> AllEntries() => Entries.Concat(IssueEntries).Concat(SubscriptionEntries()).Concat(InsightsEntries);

    public string this[string key] => _strings.TryGetValue(key, out var value) ? value : $"[[{key}]]";

    public static AdminText For(string? language) => language == "en" ? English : French;

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);
}
