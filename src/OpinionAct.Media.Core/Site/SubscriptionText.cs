using OpinionAct.Media.Localization;

namespace OpinionAct.Media.Site;

/// <summary>
/// UI strings of the signup form and the subscription pages (<c>site.SubscribeText</c>), in French and English:
/// the <see cref="UiTextArea.Subscription"/> area of <see cref="UiText"/> (<c>UiText.Subscription.cs</c>), under the member's name.
/// </summary>
public sealed class SubscriptionText
{
    public static readonly SubscriptionText French = new(UiText.For(UiTextArea.Subscription, UiText.FrenchLanguage));

    public static readonly SubscriptionText English = new(UiText.For(UiTextArea.Subscription, UiText.EnglishLanguage));

    // Private, so a template reaches only the string members below.
    private readonly UiText _text;

    private SubscriptionText(UiText text) => _text = text;

    public string SignupTitle => _text[nameof(SignupTitle)];

    public string SignupIntro => _text[nameof(SignupIntro)];

    public string EmailLabel => _text[nameof(EmailLabel)];

    public string NewslettersLabel => _text[nameof(NewslettersLabel)];

    public string HoneypotLabel => _text[nameof(HoneypotLabel)];

    public string Subscribe => _text[nameof(Subscribe)];

    public string SignupDone => _text[nameof(SignupDone)];

    public string ResubmitPrompt => _text[nameof(ResubmitPrompt)];

    public string InvalidSignup => _text[nameof(InvalidSignup)];

    public string TooManyAttempts => _text[nameof(TooManyAttempts)];

    public string ConfirmTitle => _text[nameof(ConfirmTitle)];

    public string ConfirmText => _text[nameof(ConfirmText)];

    public string ConfirmButton => _text[nameof(ConfirmButton)];

    public string ConfirmedTitle => _text[nameof(ConfirmedTitle)];

    public string ConfirmedText => _text[nameof(ConfirmedText)];

    public string LinkInvalidTitle => _text[nameof(LinkInvalidTitle)];

    public string LinkInvalidText => _text[nameof(LinkInvalidText)];

    public string UnsubscribeTitle => _text[nameof(UnsubscribeTitle)];

    public string UnsubscribeText => _text[nameof(UnsubscribeText)];

    public string UnsubscribeButton => _text[nameof(UnsubscribeButton)];

    public string UnsubscribedTitle => _text[nameof(UnsubscribedTitle)];

    public string UnsubscribedText => _text[nameof(UnsubscribedText)];

    public string PreferencesTitle => _text[nameof(PreferencesTitle)];

    public string PreferencesIntro => _text[nameof(PreferencesIntro)];

    public string PendingNote => _text[nameof(PendingNote)];

    public string SuppressedNote => _text[nameof(SuppressedNote)];

    public string SaveChoices => _text[nameof(SaveChoices)];

    public string PreferencesSaved => _text[nameof(PreferencesSaved)];

    public string UnsubscribeAll => _text[nameof(UnsubscribeAll)];

    public string UnsubscribedAll => _text[nameof(UnsubscribedAll)];

    public string YourData => _text[nameof(YourData)];

    public string ExportData => _text[nameof(ExportData)];

    public string DeleteData => _text[nameof(DeleteData)];

    public string DeleteWarning => _text[nameof(DeleteWarning)];

    public string DataDeletedTitle => _text[nameof(DataDeletedTitle)];

    public string DataDeletedText => _text[nameof(DataDeletedText)];

    public string ManageLink => _text[nameof(ManageLink)];

    public string BackHome => _text[nameof(BackHome)];

    /// <summary>The consent sentence shown under the form and stored with each signup; {0} is the site's name.</summary>
    public string ConsentTemplate => _text[nameof(ConsentTemplate)];

    /// <summary>English for "en", French otherwise (<see cref="UiText.IsEnglish"/>).</summary>
    public static SubscriptionText For(string? language) => UiText.IsEnglish(language) ? English : French;

    public string Consent(string siteName) => _text.Format(nameof(ConsentTemplate), siteName);
}
