namespace OpinionAct.Media.Site;

/// <summary>
/// The signup form (<c>site.Signup</c>, rendered by the theme's <c>_signup</c> partial on the home page,
/// under articles and on <c>/subscribe</c>). Fields: <c>email</c>, <c>newsletters</c> (one checkbox per
/// newsletter), the honeypot <see cref="HoneypotName"/> (hidden from people, left empty), and on the
/// uncached <c>/subscribe</c> page the antiforgery field. The form element carries <c>data-newsletter-signup</c>;
/// the partial is rendered with a <c>placement</c> parameter ("home", "article", "page") to keep element ids unique.
/// </summary>
public sealed record SignupFormView
{
    /// <summary>POST target: the hub's /subscribe.</summary>
    public required string Action { get; init; }

    /// <summary>The one-click signup script (<c>signup.js</c>, versioned): it posts the form as JSON and shows the answer in place.</summary>
    public string? ScriptUrl { get; init; }

    /// <summary>On the /subscribe page, the page the reader first signed up from (kept so the signup is attributed to it).</summary>
    public string? Page { get; init; }

    public IReadOnlyList<NewsletterOptionView> Newsletters { get; init; } = [];

    /// <summary>What the reader consents to; stored word for word with the signup as proof of consent.</summary>
    public required string ConsentText { get; init; }

    public string? Email { get; init; }

    /// <summary>Name of the field people never see (a bot that fills it gets the success answer and nothing happens).</summary>
    public string HoneypotName { get; init; } = "website";

    /// <summary>Antiforgery field name and value; null on output-cached pages (the /subscribe page then asks once more).</summary>
    public string? AntiforgeryName { get; init; }

    public string? AntiforgeryValue { get; init; }
}
