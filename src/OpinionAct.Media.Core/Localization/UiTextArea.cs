namespace OpinionAct.Media.Localization;

/// <summary>The parts of the platform whose strings <see cref="UiText"/> holds; a key is unique within its area.</summary>
public enum UiTextArea
{
    /// <summary>The editor admin: keys such as <c>nav.articles</c>, read as <c>t["nav.articles"]</c>.</summary>
    Admin,

    /// <summary>The public site's templates: <c>site.Text.ReadMore</c>.</summary>
    Theme,

    /// <summary>The email templates: <c>site.Text.ManagePreferences</c>.</summary>
    Email,

    /// <summary>The signup form and the subscription pages: <c>site.SubscribeText.SignupTitle</c>.</summary>
    Subscription,

    /// <summary>The agency console, in the language each staff member chose (or their browser's): <c>C.T("tenants.title")</c>.</summary>
    Console,
}
