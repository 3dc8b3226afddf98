namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Body of the one-click signup that <c>signup.js</c> posts to <c>/subscribe</c> as JSON: the form's fields, the
/// honeypot (<c>website</c>), and the page the form was on with that page's referrer, for attribution only.
/// </summary>
public sealed record SignupFormRequest(string? Email, IReadOnlyList<string>? Newsletters, string? Website, string? Page, string? Referrer);
