using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>A request to subscribe one address to some newsletters, with the consent text the person was shown.</summary>
public sealed record SignupRequest(string? Email, IReadOnlyList<string>? Newsletters, ConsentSource Source, string ConsentText);
