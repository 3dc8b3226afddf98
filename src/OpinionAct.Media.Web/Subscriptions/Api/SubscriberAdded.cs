namespace OpinionAct.Media.Web.Subscriptions.Api;

/// <summary>
/// What adding a subscriber did: <c>confirmed</c> (consent recorded), <c>pending</c> (a confirmation email is
/// due or was sent recently), or <c>unchanged</c> (already confirmed, unsubscribed by the person, or suppressed:
/// the hub never resubscribes them).
/// </summary>
public sealed record SubscriberAdded(string Email, string Status);
