namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>Body of <c>POST /api/subscribe</c>: <c>{ "email": "...", "newsletters": ["slug", ...] }</c>; <c>website</c> is the honeypot.</summary>
public sealed record SubscribeApiRequest(string? Email, IReadOnlyList<string>? Newsletters, string? Website, string? ConsentText);
