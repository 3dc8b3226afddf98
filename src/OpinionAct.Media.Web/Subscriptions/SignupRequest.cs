using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// A request to subscribe one address to some newsletters, with the consent text the person was shown; a form
/// signup also carries its <see cref="SignupOrigin"/>, so the insights count it against the article read.
/// </summary>
public sealed record SignupRequest(string? Email, IReadOnlyList<string>? Newsletters, ConsentSource Source, string ConsentText, SignupOrigin? Origin = null);
