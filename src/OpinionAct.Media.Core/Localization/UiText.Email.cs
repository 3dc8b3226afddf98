namespace OpinionAct.Media.Localization;

/// <summary>The emails' strings (<see cref="UiTextArea.Email"/>): an email template prints <c>{{ site.Text.ManagePreferences }}</c>, read through <see cref="Site.EmailText"/>; the key is the member's name.</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] EmailEntries =>
    [
        ("InThisIssue", "In this issue", "Au sommaire"),
        ("ReadMore", "Read the article", "Lire l'article"),
        // The footer: {0} is the newsletter's name (an issue) or the site's name (the confirmation).
        ("ReceivedBecause", "You receive this email because you subscribed to “{0}”.", "Vous recevez ce message parce que vous êtes abonné·e à «\u00A0{0}\u00A0»."),
        ("ConfirmReason", "You receive this email because this address was entered to subscribe to newsletters of {0}.", "Vous recevez ce message parce que cette adresse a été saisie pour s'abonner aux lettres de {0}."),
        ("ManagePreferences", "Manage my subscriptions or unsubscribe", "Gérer mes abonnements ou me désabonner"),
        ("ManageSubscriptions", "Manage my subscriptions", "Gérer mes abonnements"),
        ("Unsubscribe", "Unsubscribe", "Se désabonner"),
        ("VisitSite", "Visit the site", "Visiter le site"),
        ("ButtonFallback", "If the button does not work, copy this link into your browser:", "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :"),

        // The double opt-in email (ConfirmationMailer fills the placeholders: {0} is the site's name, then the link's lifetime in hours).
        ("ConfirmSubject", "Confirm your subscription to {0}", "Confirmez votre abonnement à {0}"),
        ("ConfirmIntro", "To receive these newsletters, confirm your address:", "Pour recevoir ces lettres, confirmez votre adresse :"),
        ("ConfirmButton", "Confirm my subscription", "Je confirme mon abonnement"),
        ("ConfirmValidity", "This link works once, for {0} hours.", "Ce lien fonctionne une seule fois, pendant {0} heures."),
        ("ConfirmIgnore", "If you did not ask for this, ignore this email: nothing will be sent to you.", "Si vous n'avez rien demandé, ignorez ce message : vous ne recevrez rien."),
        ("ConfirmConsentLabel", "Your consent:", "Votre consentement :"),
        ("ConfirmStandardConsent", "This address was put forward to receive the newsletters above; nothing will be sent without your confirmation.", "Cette adresse a été proposée pour recevoir les lettres ci-dessus ; rien ne sera envoyé sans votre confirmation."),

        // The re-permission email ("still interested?"), sent through the confirmation email's template: {0} is the site's name, {1} the newsletter's,
        // then the day the reader subscribed, then the campaign's deadline.
        ("RepermissionSubject", "{0}: do you still want to receive {1}?", "{0} : souhaitez-vous toujours recevoir {1} ?"),
        ("RepermissionIntro", "You subscribed to this newsletter on {0}. We only write to readers who still want to hear from us: if you do, say so below.", "Vous êtes abonné·e à cette lettre depuis le {0}. Nous n'écrivons qu'aux lecteurs qui souhaitent encore nous lire : si c'est votre cas, dites-le ci-dessous."),
        ("RepermissionButton", "Yes, keep sending it", "Oui, je reste abonné·e"),
        ("RepermissionValidity", "Without an answer by {0}, you will be unsubscribed from this newsletter and nothing more will be sent to you.", "Sans réponse d'ici le {0}, vous serez désabonné·e de cette lettre et ne recevrez plus rien."),
        ("RepermissionIgnore", "If you no longer want it, do nothing.", "Si vous ne souhaitez plus la recevoir, ne faites rien."),
        ("RepermissionConsentLabel", "What we ask:", "Ce que nous vous demandons :"),
        ("RepermissionConsent", "Asked whether they still want to receive {0}, with an answer due by {1}; without one, the subscription ends.", "Question posée : souhaitez-vous toujours recevoir {0} ? Réponse attendue d'ici le {1} ; sans réponse, l'abonnement prend fin."),
    ];
}
