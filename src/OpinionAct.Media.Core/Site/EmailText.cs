using OpinionAct.Media.Localization;

namespace OpinionAct.Media.Site;

/// <summary>
/// The UI strings email templates print (<c>site.Text.ManagePreferences</c>), in French and English:
/// the <see cref="UiTextArea.Email"/> area of <see cref="UiText"/> (<c>UiText.Email.cs</c>), under the member's name.
/// </summary>
public sealed class EmailText
{
    public static readonly EmailText French = new(UiText.For(UiTextArea.Email, UiText.FrenchLanguage));

    public static readonly EmailText English = new(UiText.For(UiTextArea.Email, UiText.EnglishLanguage));

    // Private, so a template reaches only the string members below.
    private readonly UiText _text;

    private EmailText(UiText text) => _text = text;

    /// <summary>Heading of the digest ("Au sommaire").</summary>
    public string InThisIssue => _text[nameof(InThisIssue)];

    public string ReadMore => _text[nameof(ReadMore)];

    /// <summary>Footer sentence of an issue; {0} is the newsletter's name (templates fill it with the <c>replace</c> filter).</summary>
    public string ReceivedBecause => _text[nameof(ReceivedBecause)];

    /// <summary>Footer sentence of the confirmation email; {0} is the site's name.</summary>
    public string ConfirmReason => _text[nameof(ConfirmReason)];

    /// <summary>One link for both, when the email has no unsubscribe link of its own.</summary>
    public string ManagePreferences => _text[nameof(ManagePreferences)];

    public string ManageSubscriptions => _text[nameof(ManageSubscriptions)];

    /// <summary>The footer's one-newsletter unsubscribe link (the same target as the List-Unsubscribe header).</summary>
    public string Unsubscribe => _text[nameof(Unsubscribe)];

    /// <summary>Accessible name of the link to the hub in the header.</summary>
    public string VisitSite => _text[nameof(VisitSite)];

    /// <summary>Above the link printed in full under a button, for clients that break buttons.</summary>
    public string ButtonFallback => _text[nameof(ButtonFallback)];

    /// <summary>Subject of the double opt-in email; {0} is the site's name.</summary>
    public string ConfirmSubject => _text[nameof(ConfirmSubject)];

    public string ConfirmIntro => _text[nameof(ConfirmIntro)];

    public string ConfirmButton => _text[nameof(ConfirmButton)];

    /// <summary>{0} is the confirmation link's lifetime in hours.</summary>
    public string ConfirmValidity => _text[nameof(ConfirmValidity)];

    public string ConfirmIgnore => _text[nameof(ConfirmIgnore)];

    public string ConfirmConsentLabel => _text[nameof(ConfirmConsentLabel)];

    /// <summary>Quoted instead of a consent text the platform did not write (API, CSV import).</summary>
    public string ConfirmStandardConsent => _text[nameof(ConfirmStandardConsent)];

    /// <summary>Subject of the re-permission email; {0} is the site's name, {1} the newsletter's.</summary>
    public string RepermissionSubject => _text[nameof(RepermissionSubject)];

    /// <summary>{0} is the day the reader subscribed.</summary>
    public string RepermissionIntro => _text[nameof(RepermissionIntro)];

    public string RepermissionButton => _text[nameof(RepermissionButton)];

    /// <summary>{0} is the deadline.</summary>
    public string RepermissionValidity => _text[nameof(RepermissionValidity)];

    public string RepermissionIgnore => _text[nameof(RepermissionIgnore)];

    public string RepermissionConsentLabel => _text[nameof(RepermissionConsentLabel)];

    /// <summary>The consent text a re-permission request records and quotes; {0} is the newsletter, {1} the deadline.</summary>
    public string RepermissionConsent => _text[nameof(RepermissionConsent)];

    /// <summary>English for "en", French otherwise (<see cref="UiText.IsEnglish"/>).</summary>
    public static EmailText For(string language) => UiText.IsEnglish(language) ? English : French;
}
