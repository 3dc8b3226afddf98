namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>A followed confirmation link: whose, and which newsletters it confirmed (none when they were unsubscribed meanwhile).</summary>
public sealed record ConfirmedSubscription(int SubscriberId, IReadOnlyList<string> Newsletters);
