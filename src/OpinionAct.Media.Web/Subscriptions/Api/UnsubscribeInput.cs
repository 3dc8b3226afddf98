namespace OpinionAct.Media.Web.Subscriptions.Api;

/// <summary>An address to unsubscribe, from the named newsletters (slugs) or, without any, from all of them.</summary>
public sealed record UnsubscribeInput(string? Email, IReadOnlyList<string?>? Newsletters);
