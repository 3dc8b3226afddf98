using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>One subscriber's view of the tenant's newsletters, for the preferences page.</summary>
public sealed record SubscriberPreferences(int SubscriberId, string Email, bool Suppressed, IReadOnlyList<(NewsletterRecord Newsletter, SubscriptionState? State)> Newsletters);
