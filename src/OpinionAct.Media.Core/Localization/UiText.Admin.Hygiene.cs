namespace OpinionAct.Media.Localization;

/// <summary>List hygiene in admin (<see cref="UiTextArea.Admin"/>): per-issue bounce and complaint rates, the complaint pause, re-permission campaigns.</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] AdminHygieneEntries =>
    [
        ("hygiene.title", "List hygiene", "Hygiène de la liste"),
        ("hygiene.link", "Bounces, complaints and re-permission", "Rebonds, plaintes et reconfirmation"),
        ("hygiene.sending", "Sending", "Envoi"),
        ("hygiene.active", "Sending is active. Over the window ({0}), readers complained about {1} of {2} messages sent ({3}).", "L'envoi est actif. Sur la période ({0}), les lecteurs se sont plaints de {1} message(s) sur {2} envoyés ({3})."),
        ("hygiene.rule", "Sending pauses by itself when complaints pass {0} of the messages sent in the last {1} days (counted from {2} messages), the limit mailbox providers set for bulk senders.", "L'envoi s'interrompt de lui-même quand les plaintes dépassent {0} des messages envoyés sur les {1} derniers jours (à partir de {2} messages), le seuil que les messageries fixent aux expéditeurs en nombre."),
        ("hygiene.paused", "Sending is paused since {0}: readers complained about {1} of {2} messages ({3}). Issues being sent wait; nothing is lost.", "L'envoi est interrompu depuis le {0} : les lecteurs se sont plaints de {1} message(s) sur {2} ({3}). Les lettres en cours d'envoi attendent ; rien n'est perdu."),
        ("hygiene.paused_advice", "Before resuming, look at what readers complained about (the subscribers page lists complaints) and at how they subscribed. The window restarts when you resume.", "Avant de reprendre, regardez de quoi les lecteurs se sont plaints (la page des abonnés liste les plaintes) et comment ils se sont abonnés. La période repart de zéro à la reprise."),
        ("hygiene.paused_short", "Newsletter sending is paused: too many complaints.", "L'envoi des lettres est interrompu : trop de plaintes."),
        ("hygiene.resume", "Resume sending", "Reprendre l'envoi"),
        ("hygiene.resumed", "Sending resumed.", "L'envoi a repris."),
        ("hygiene.not_paused", "Sending was not paused.", "L'envoi n'était pas interrompu."),
        ("hygiene.resumed_by", "Last resumed on {0} by {1}.", "Dernière reprise le {0} par {1}."),
        ("hygiene.repermission", "Re-permission", "Reconfirmation"),
        ("hygiene.repermission_hint", "We track neither opens nor each reader's clicks. To keep only readers who still want a newsletter, ask its long-time subscribers to confirm: those who do not answer by the deadline are unsubscribed, and each answer or silence is kept as proof.", "Nous ne suivons ni les ouvertures ni les clics de chaque lecteur. Pour ne garder que les lecteurs qui veulent encore une lettre, demandez à ses abonnés de longue date de confirmer : ceux qui ne répondent pas avant l'échéance sont désabonnés, et chaque réponse ou silence est gardé comme preuve."),
        ("field.Newsletter", "Newsletter", "Lettre"),
        ("field.OlderThanMonths", "Subscribed more than (months)", "Abonnés depuis plus de (mois)"),
        ("field.AnswerWithinDays", "Answer within (days)", "Réponse sous (jours)"),
        ("hygiene.count", "Count them", "Les compter"),
        ("hygiene.start", "Send the \"still interested?\" email", "Envoyer le message « toujours intéressé·e ? »"),
        ("hygiene.would_ask", "{0} subscriber(s) would be asked.", "{0} abonné·e(s) seraient sollicité·e(s)."),
        ("hygiene.started", "Campaign started: {0} subscriber(s) asked.", "Campagne lancée : {0} abonné·e(s) sollicité·e(s)."),
        ("hygiene.campaigns", "Campaigns", "Campagnes"),
        ("hygiene.none", "No campaign yet.", "Aucune campagne pour l'instant."),
        ("hygiene.col.started", "Started", "Lancée"),
        ("hygiene.col.deadline", "Deadline", "Échéance"),
        ("hygiene.col.asked", "Asked", "Sollicités"),
        ("hygiene.col.mailed", "Mailed", "Envoyés"),
        ("hygiene.col.kept", "Kept", "Restés"),
        ("hygiene.col.removed", "Unsubscribed", "Désabonnés"),
        ("hygiene.col.not_reached", "Not reached (kept)", "Non joints (gardés)"),
        ("hygiene.open", "open", "en cours"),
        ("issues.col.bounces", "Bounces", "Rebonds"),
        ("issues.col.complaints", "Complaints", "Plaintes"),
        ("validation.hygiene.days", "Give readers between {0} and {1} days to answer.", "Laissez aux lecteurs entre {0} et {1} jours pour répondre."),
        ("validation.hygiene.months", "Ask subscribers older than {0} to {1} months.", "Sollicitez les abonnés de plus de {0} à {1} mois."),
        ("validation.hygiene.newsletter", "Choose one of this site's newsletters.", "Choisissez une des lettres de ce site."),
        ("validation.hygiene.open", "A re-permission campaign for {0} is still open: wait for its deadline before starting another.", "Une campagne de reconfirmation pour {0} est encore en cours : attendez son échéance avant d'en lancer une autre."),
        ("validation.hygiene.paused", "Sending is paused because readers complained: resume it before asking subscribers again.", "L'envoi est interrompu à cause de plaintes : reprenez-le avant de solliciter à nouveau les abonnés."),
        ("validation.hygiene.nobody", "No subscriber of {0} confirmed more than {1} month(s) ago: nobody to ask.", "Aucun abonné de {0} n'a confirmé il y a plus de {1} mois : personne à solliciter."),
    ];
}
