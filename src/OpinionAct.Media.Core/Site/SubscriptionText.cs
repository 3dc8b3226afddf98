namespace OpinionAct.Media.Site;

/// <summary>UI strings of the signup form and the subscription pages (<c>site.SubscribeText</c>), in French and English.</summary>
public sealed record SubscriptionText
{
    public required string SignupTitle { get; init; }
    public required string SignupIntro { get; init; }
    public required string EmailLabel { get; init; }
    public required string NewslettersLabel { get; init; }
    public required string HoneypotLabel { get; init; }
    public required string Subscribe { get; init; }
    public required string SignupDone { get; init; }
    public required string ResubmitPrompt { get; init; }
    public required string InvalidSignup { get; init; }
    public required string TooManyAttempts { get; init; }
    public required string ConfirmTitle { get; init; }
    public required string ConfirmText { get; init; }
    public required string ConfirmButton { get; init; }
    public required string ConfirmedTitle { get; init; }
    public required string ConfirmedText { get; init; }
    public required string LinkInvalidTitle { get; init; }
    public required string LinkInvalidText { get; init; }
    public required string UnsubscribeTitle { get; init; }
    public required string UnsubscribeText { get; init; }
    public required string UnsubscribeButton { get; init; }
    public required string UnsubscribedTitle { get; init; }
    public required string UnsubscribedText { get; init; }
    public required string PreferencesTitle { get; init; }
    public required string PreferencesIntro { get; init; }
    public required string PendingNote { get; init; }
    public required string SuppressedNote { get; init; }
    public required string SaveChoices { get; init; }
    public required string PreferencesSaved { get; init; }
    public required string UnsubscribeAll { get; init; }
    public required string UnsubscribedAll { get; init; }
    public required string YourData { get; init; }
    public required string ExportData { get; init; }
    public required string DeleteData { get; init; }
    public required string DeleteWarning { get; init; }
    public required string DataDeletedTitle { get; init; }
    public required string DataDeletedText { get; init; }
    public required string ManageLink { get; init; }
    public required string BackHome { get; init; }

    /// <summary>The consent sentence shown under the form and stored with each signup; {0} is the site's name.</summary>
    public required string ConsentTemplate { get; init; }

    public static readonly SubscriptionText French = new()
    {
        SignupTitle = "Recevez nos lettres",
        SignupIntro = "Nos analyses dans votre boîte de réception. Un courriel de confirmation vous sera envoyé ; vous pourrez vous désabonner à tout moment.",
        EmailLabel = "Votre adresse électronique",
        NewslettersLabel = "Lettres",
        HoneypotLabel = "Ne remplissez pas ce champ",
        Subscribe = "S'abonner",
        SignupDone = "Merci ! Si cette adresse peut recevoir nos courriels, un lien de confirmation vient d'y être envoyé. Il est valable 48 heures.",
        ResubmitPrompt = "Vérifiez votre adresse et vos choix, puis confirmez votre inscription.",
        InvalidSignup = "L'inscription n'a pas pu être enregistrée :",
        TooManyAttempts = "Trop de tentatives. Réessayez dans quelques minutes.",
        ConfirmTitle = "Confirmer votre abonnement",
        ConfirmText = "Un clic pour confirmer que vous souhaitez recevoir nos lettres à cette adresse.",
        ConfirmButton = "Je confirme mon abonnement",
        ConfirmedTitle = "Abonnement confirmé",
        ConfirmedText = "C'est fait : vous recevrez désormais",
        LinkInvalidTitle = "Lien invalide ou expiré",
        LinkInvalidText = "Ce lien a expiré, a déjà servi ou n'est pas valide. Vous pouvez vous inscrire de nouveau depuis notre site.",
        UnsubscribeTitle = "Se désabonner",
        UnsubscribeText = "Un clic pour ne plus recevoir cette lettre :",
        UnsubscribeButton = "Me désabonner",
        UnsubscribedTitle = "Désabonnement effectué",
        UnsubscribedText = "Vous ne recevrez plus cette lettre. Vous pouvez gérer vos autres abonnements à tout moment.",
        PreferencesTitle = "Vos abonnements",
        PreferencesIntro = "Choisissez les lettres que vous souhaitez recevoir à l'adresse",
        PendingNote = "en attente de confirmation",
        SuppressedNote = "Nos envois à cette adresse ont échoué ou ont été signalés comme indésirables : nous ne lui écrirons plus.",
        SaveChoices = "Enregistrer mes choix",
        PreferencesSaved = "Vos choix sont enregistrés.",
        UnsubscribeAll = "Me désabonner de tout",
        UnsubscribedAll = "Vous êtes désabonné de toutes nos lettres.",
        YourData = "Vos données",
        ExportData = "Télécharger mes données (JSON)",
        DeleteData = "Supprimer mes données",
        DeleteWarning = "Supprime votre adresse, vos abonnements et l'historique de vos consentements. C'est définitif.",
        DataDeletedTitle = "Données supprimées",
        DataDeletedText = "Votre adresse et tout ce qui s'y rattache ont été supprimés.",
        ManageLink = "Gérer mes abonnements",
        BackHome = "Retour à l'accueil",
        ConsentTemplate = "J'accepte de recevoir par courriel les lettres cochées de {0}. Je peux me désabonner à tout moment grâce au lien présent dans chaque envoi.",
    };

    public static readonly SubscriptionText English = new()
    {
        SignupTitle = "Get our newsletters",
        SignupIntro = "Our analyses in your inbox. We will email you a confirmation link; you can unsubscribe at any time.",
        EmailLabel = "Your email address",
        NewslettersLabel = "Newsletters",
        HoneypotLabel = "Leave this field empty",
        Subscribe = "Subscribe",
        SignupDone = "Thank you! If this address can receive our emails, a confirmation link is on its way. It works for 48 hours.",
        ResubmitPrompt = "Check your address and choices, then confirm your signup.",
        InvalidSignup = "The signup could not be recorded:",
        TooManyAttempts = "Too many attempts. Try again in a few minutes.",
        ConfirmTitle = "Confirm your subscription",
        ConfirmText = "One click to confirm that you want our newsletters at this address.",
        ConfirmButton = "Confirm my subscription",
        ConfirmedTitle = "Subscription confirmed",
        ConfirmedText = "Done: from now on you will receive",
        LinkInvalidTitle = "Invalid or expired link",
        LinkInvalidText = "This link has expired, has already been used or is not valid. You can sign up again from our site.",
        UnsubscribeTitle = "Unsubscribe",
        UnsubscribeText = "One click to stop receiving this newsletter:",
        UnsubscribeButton = "Unsubscribe me",
        UnsubscribedTitle = "Unsubscribed",
        UnsubscribedText = "You will not receive this newsletter any more. You can manage your other subscriptions at any time.",
        PreferencesTitle = "Your subscriptions",
        PreferencesIntro = "Choose the newsletters you want to receive at",
        PendingNote = "awaiting confirmation",
        SuppressedNote = "Our emails to this address bounced or were reported as spam: we will not write to it again.",
        SaveChoices = "Save my choices",
        PreferencesSaved = "Your choices are saved.",
        UnsubscribeAll = "Unsubscribe from everything",
        UnsubscribedAll = "You are unsubscribed from all our newsletters.",
        YourData = "Your data",
        ExportData = "Download my data (JSON)",
        DeleteData = "Delete my data",
        DeleteWarning = "Deletes your address, your subscriptions and the history of your consents. This cannot be undone.",
        DataDeletedTitle = "Data deleted",
        DataDeletedText = "Your address and everything attached to it have been deleted.",
        ManageLink = "Manage my subscriptions",
        BackHome = "Back to the home page",
        ConsentTemplate = "I agree to receive the ticked newsletters of {0} by email. I can unsubscribe at any time with the link in every issue.",
    };

    public static SubscriptionText For(string? language) => language == "en" ? English : French;

    public string Consent(string siteName) => string.Format(System.Globalization.CultureInfo.InvariantCulture, ConsentTemplate, siteName);
}
