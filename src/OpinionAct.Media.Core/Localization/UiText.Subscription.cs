namespace OpinionAct.Media.Localization;

/// <summary>The signup form's and subscription pages' strings (<see cref="UiTextArea.Subscription"/>): a theme prints <c>{{ site.SubscribeText.SignupTitle }}</c>, read through <see cref="Site.SubscriptionText"/>; the key is the member's name.</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] SubscriptionEntries =>
    [
        ("SignupTitle", "Get our newsletters", "Recevez nos lettres"),
        ("SignupIntro", "Our analyses in your inbox. We will email you a confirmation link; you can unsubscribe at any time.", "Nos analyses dans votre boîte de réception. Un courriel de confirmation vous sera envoyé ; vous pourrez vous désabonner à tout moment."),
        ("EmailLabel", "Your email address", "Votre adresse électronique"),
        ("NewslettersLabel", "Newsletters", "Lettres"),
        ("HoneypotLabel", "Leave this field empty", "Ne remplissez pas ce champ"),
        ("Subscribe", "Subscribe", "S'abonner"),
        ("SignupDone", "Thank you! If this address can receive our emails, a confirmation link is on its way. It works for 48 hours.", "Merci ! Si cette adresse peut recevoir nos courriels, un lien de confirmation vient d'y être envoyé. Il est valable 48 heures."),
        ("ResubmitPrompt", "Check your address and choices, then confirm your signup.", "Vérifiez votre adresse et vos choix, puis confirmez votre inscription."),
        ("InvalidSignup", "The signup could not be recorded:", "L'inscription n'a pas pu être enregistrée :"),
        ("TooManyAttempts", "Too many attempts. Try again in a few minutes.", "Trop de tentatives. Réessayez dans quelques minutes."),
        ("ConfirmTitle", "Confirm your subscription", "Confirmer votre abonnement"),
        ("ConfirmText", "One click to confirm that you want our newsletters at this address.", "Un clic pour confirmer que vous souhaitez recevoir nos lettres à cette adresse."),
        ("ConfirmButton", "Confirm my subscription", "Je confirme mon abonnement"),
        ("ConfirmedTitle", "Subscription confirmed", "Abonnement confirmé"),
        ("ConfirmedText", "Done: from now on you will receive", "C'est fait : vous recevrez désormais"),
        ("LinkInvalidTitle", "Invalid or expired link", "Lien invalide ou expiré"),
        ("LinkInvalidText", "This link has expired, has already been used or is not valid. You can sign up again from our site.", "Ce lien a expiré, a déjà servi ou n'est pas valide. Vous pouvez vous inscrire de nouveau depuis notre site."),
        ("UnsubscribeTitle", "Unsubscribe", "Se désabonner"),
        ("UnsubscribeText", "One click to stop receiving this newsletter:", "Un clic pour ne plus recevoir cette lettre :"),
        ("UnsubscribeButton", "Unsubscribe me", "Me désabonner"),
        ("UnsubscribedTitle", "Unsubscribed", "Désabonnement effectué"),
        ("UnsubscribedText", "You will not receive this newsletter any more. You can manage your other subscriptions at any time.", "Vous ne recevrez plus cette lettre. Vous pouvez gérer vos autres abonnements à tout moment."),
        ("PreferencesTitle", "Your subscriptions", "Vos abonnements"),
        ("PreferencesIntro", "Choose the newsletters you want to receive at", "Choisissez les lettres que vous souhaitez recevoir à l'adresse"),
        ("PendingNote", "awaiting confirmation", "en attente de confirmation"),
        ("SuppressedNote", "Our emails to this address bounced or were reported as spam: we will not write to it again.", "Nos envois à cette adresse ont échoué ou ont été signalés comme indésirables : nous ne lui écrirons plus."),
        ("SaveChoices", "Save my choices", "Enregistrer mes choix"),
        ("PreferencesSaved", "Your choices are saved.", "Vos choix sont enregistrés."),
        ("UnsubscribeAll", "Unsubscribe from everything", "Me désabonner de tout"),
        ("UnsubscribedAll", "You are unsubscribed from all our newsletters.", "Vous êtes désabonné de toutes nos lettres."),
        ("YourData", "Your data", "Vos données"),
        ("ExportData", "Download my data (JSON)", "Télécharger mes données (JSON)"),
        ("DeleteData", "Delete my data", "Supprimer mes données"),
        ("DeleteWarning", "Deletes your address, your subscriptions and the history of your consents. This cannot be undone.", "Supprime votre adresse, vos abonnements et l'historique de vos consentements. C'est définitif."),
        ("DataDeletedTitle", "Data deleted", "Données supprimées"),
        ("DataDeletedText", "Your address and everything attached to it have been deleted.", "Votre adresse et tout ce qui s'y rattache ont été supprimés."),
        ("ManageLink", "Manage my subscriptions", "Gérer mes abonnements"),
        ("BackHome", "Back to the home page", "Retour à l'accueil"),
        ("ConsentTemplate", "I agree to receive the ticked newsletters of {0} by email. I can unsubscribe at any time with the link in every issue.", "J'accepte de recevoir par courriel les lettres cochées de {0}. Je peux me désabonner à tout moment grâce au lien présent dans chaque envoi."),
    ];
}
