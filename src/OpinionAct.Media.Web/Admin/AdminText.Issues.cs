namespace OpinionAct.Media.Web.Admin;

public sealed partial class AdminText
{
    /// <summary>
    /// The strings of the newsletter issue pages. A property, not a field: static field initialisers of
    /// partial class parts run in no defined order, and the dictionaries above read this one.
    /// </summary>
    private static (string Key, string En, string Fr)[] IssueEntries =>
    [
        ("nav.issues", "Issues", "Numéros"),
        ("issues.title", "Newsletter issues", "Numéros des lettres"),
        ("issues.new", "New issue", "Nouveau numéro"),
        ("issues.edit", "Issue: {0}", "Numéro : {0}"),
        ("issues.none", "No issue yet.", "Aucun numéro pour l'instant."),
        ("issues.no_newsletter", "Create a newsletter first: every issue is sent under one of the site's newsletters.", "Créez d'abord une lettre : chaque numéro est envoyé au titre d'une des lettres du site."),
        ("issues.col.newsletter", "Newsletter", "Lettre"),
        ("issues.col.recipients", "Recipients", "Destinataires"),
        ("issues.status.Draft", "Draft", "Brouillon"),
        ("issues.status.Scheduled", "Scheduled", "Programmé"),
        ("issues.status.Sending", "Sending", "Envoi en cours"),
        ("issues.status.Sent", "Sent", "Envoyé"),
        ("issues.scheduled_for", "Scheduled for {0}.", "Programmé pour le {0}."),
        ("issues.articles_none", "No published article to pick yet.", "Aucun article publié à choisir pour l'instant."),
        ("issues.readonly", "This issue is being sent or was sent: it can no longer change.", "Ce numéro est en cours d'envoi ou envoyé : il ne peut plus changer."),
        ("issues.progress", "Sending", "Envoi"),
        ("issues.clicks", "Clicks per link (counted per link, never per reader)", "Clics par lien (comptés par lien, jamais par lecteur)"),
        ("issues.clicks.link", "Link", "Lien"),
        ("issues.clicks.count", "Clicks", "Clics"),
        ("issues.progress.total", "Recipients", "Destinataires"),
        ("issues.progress.sent", "Sent", "Envoyés"),
        ("issues.progress.failed", "Failed", "Échecs"),
        ("issues.progress.skipped", "Skipped (unsubscribed or suppressed since)", "Écartés (désabonnés ou bloqués depuis)"),
        ("issues.progress.pending", "Waiting (including retries)", "En attente (relances comprises)"),
        ("issues.progress.leased", "Being sent", "En cours d'envoi"),
        ("issues.progress.rate", "Messages per second (last minute)", "Messages par seconde (dernière minute)"),
        ("issues.progress.queued", "Queued", "Mis en file"),
        ("issues.progress.completed", "Completed", "Terminé"),
        ("issues.refresh", "Refresh", "Actualiser"),
        ("issues.preview", "Preview the email", "Aperçu de l'e-mail"),
        ("issues.preview_hint", "Opens the email as recipients get it (without their personal preferences link).", "Ouvre l'e-mail tel que les destinataires le reçoivent (sans leur lien personnel de préférences)."),
        ("issues.test", "Send a test to me", "M'envoyer un test"),
        ("issues.send", "Send now", "Envoyer maintenant"),
        ("issues.send_confirm", "Send now to every confirmed subscriber of the newsletter", "Envoyer maintenant à tous les abonnés confirmés de la lettre"),
        ("issues.unschedule", "Cancel the schedule", "Annuler la programmation"),
        ("issues.done.test", "Test sent to {0}.", "Test envoyé à {0}."),
        ("issues.done.queued", "Queued for {0} recipient(s): sending has started.", "Mis en file pour {0} destinataire(s) : l'envoi a commencé."),
        ("issues.done.unscheduled", "Schedule cancelled: back to draft.", "Programmation annulée : retour en brouillon."),
        ("issues.error.test", "The test could not be sent: {0}", "Le test n'a pas pu être envoyé : {0}"),
        ("issues.error.noemail", "Your account has no email address to send a test to.", "Votre compte n'a pas d'adresse e-mail où envoyer un test."),
        ("field.IssueNewsletter", "Newsletter", "Lettre"),
        ("field.Subject", "Subject", "Objet"),
        ("field.Preheader", "Preheader (shown after the subject in inboxes)", "Accroche (affichée après l'objet dans les boîtes de réception)"),
        ("field.Markdown", "Body (Markdown)", "Texte (Markdown)"),
        ("field.Articles", "Articles for the digest", "Articles du sommaire"),
        ("field.SendAt", "Send at", "Envoyer le"),
        ("hint.issue_articles", "Published articles, most recent first; they appear in the email in this order.", "Articles publiés, du plus récent au plus ancien ; ils apparaissent dans l'e-mail dans cet ordre."),
        ("hint.send_at", "Date and time in the site's time zone ({0}), for Schedule.", "Date et heure dans le fuseau du site ({0}), pour Programmer."),
    ];
}
